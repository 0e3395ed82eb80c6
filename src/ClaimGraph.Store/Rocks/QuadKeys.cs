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

    public static byte[] Id(long id)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, id);
        return bytes;
    }

    public static long ReadId(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadInt64BigEndian(bytes);
}
