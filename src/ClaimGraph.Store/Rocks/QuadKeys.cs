using System.Buffers.Binary;

namespace ClaimGraph.Store.Rocks;

/// <summary>
/// Keys of the six quad indexes: the four ids in the order's sequence, each big-endian in 8 bytes,
/// so that byte order is id order and a bound prefix is a key range.
/// </summary>
internal static class QuadKeys
{
    public const int Length = 32;

    public static void Write(IndexOrder order, in EncodedQuad quad, Span<byte> key)
    {
        var positions = order.Positions();
        for (int i = 0; i < 4; i++)
            BinaryPrimitives.WriteInt64BigEndian(key[(i * 8)..], QuadPosition.Get(quad, positions[i]));
    }

    public static byte[] Create(IndexOrder order, in EncodedQuad quad)
    {
        var key = new byte[Length];
        Write(order, quad, key);
        return key;
    }

    public static EncodedQuad Read(IndexOrder order, ReadOnlySpan<byte> key)
    {
        Span<long> ids = stackalloc long[4];
        var positions = order.Positions();
        for (int i = 0; i < 4; i++) ids[positions[i]] = BinaryPrimitives.ReadInt64BigEndian(key[(i * 8)..]);
        return new EncodedQuad(ids[0], ids[1], ids[2], ids[3]);
    }

    /// <summary>The key prefix for the first <paramref name="length"/> components of the pattern in this order.</summary>
    public static byte[] Prefix(IndexOrder order, in QuadPattern pattern, int length)
    {
        var prefix = new byte[length * 8];
        var positions = order.Positions();
        for (int i = 0; i < length; i++)
            BinaryPrimitives.WriteInt64BigEndian(prefix.AsSpan(i * 8), QuadPosition.Get(pattern, positions[i]));
        return prefix;
    }

    /// <summary>The smallest key above every key that starts with <paramref name="prefix"/>; null when there is none.</summary>
    public static byte[]? UpperBound(byte[] prefix)
    {
        var bound = (byte[])prefix.Clone();
        for (int i = bound.Length - 1; i >= 0; i--)
        {
            if (bound[i] != 0xFF)
            {
                bound[i]++;
                return bound.AsSpan(0, i + 1).ToArray();
            }
        }
        return null;
    }

    /// <summary>
    /// A quad's ids in this order's sequence packed into one 128-bit number, 32 bits each, so that
    /// numbers sort as keys do. Callers keep ids below 2^32 (see <see cref="RocksQuadStore.MaxTermId"/>).
    /// </summary>
    public static UInt128 Pack(IndexOrder order, in EncodedQuad quad)
    {
        var positions = order.Positions();
        return new UInt128(
            ((ulong)QuadPosition.Get(quad, positions[0]) << 32) | (uint)QuadPosition.Get(quad, positions[1]),
            ((ulong)QuadPosition.Get(quad, positions[2]) << 32) | (uint)QuadPosition.Get(quad, positions[3]));
    }

    /// <summary>The quad a <see cref="Pack"/>ed number holds.</summary>
    public static EncodedQuad Unpack(IndexOrder order, UInt128 packed)
    {
        Span<long> ids = stackalloc long[4];
        var positions = order.Positions();
        for (int i = 0; i < 4; i++) ids[positions[i]] = (long)(uint)(packed >> (96 - 32 * i));
        return new EncodedQuad(ids[0], ids[1], ids[2], ids[3]);
    }

    /// <summary>The key of a <see cref="Pack"/>ed quad.</summary>
    public static void WritePacked(UInt128 packed, Span<byte> key)
    {
        for (int i = 0; i < 4; i++)
            BinaryPrimitives.WriteInt64BigEndian(key[(i * 8)..], (uint)(packed >> (96 - 32 * i)));
    }

    public static byte[] Id(long id)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, id);
        return bytes;
    }

    public static long ReadId(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadInt64BigEndian(bytes);
}
