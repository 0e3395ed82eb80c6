using System.Buffers.Binary;

namespace ClaimGraph.Store.Rocks;

/// <summary>
/// Keys of the six quad indexes: the four ids in the order's sequence, each big-endian in 4 bytes
/// (ids stay below 2^32, <see cref="RocksQuadStore.MaxTermId"/>), so that byte order is id order and
/// a bound prefix is a key range. Dictionary keys and metadata numbers are 8-byte big-endian
/// (<see cref="Id"/>). Format 1 had 8 bytes per id in index keys as well: twice the bytes to write,
/// compact and scan.
/// </summary>
internal static class QuadKeys
{
    /// <summary>Bytes per id in an index key.</summary>
    public const int IdBytes = 4;

    public const int Length = 4 * IdBytes;

    public static void Write(IndexOrder order, in EncodedQuad quad, Span<byte> key) => WritePacked(Pack(order, quad), key);

    public static byte[] Create(IndexOrder order, in EncodedQuad quad)
    {
        var key = new byte[Length];
        Write(order, quad, key);
        return key;
    }

    public static EncodedQuad Read(IndexOrder order, ReadOnlySpan<byte> key) => Unpack(order, BinaryPrimitives.ReadUInt128BigEndian(key));

    /// <summary>The key prefix for the first <paramref name="length"/> components of the pattern in this order.</summary>
    public static byte[] Prefix(IndexOrder order, in QuadPattern pattern, int length)
    {
        var prefix = new byte[length * IdBytes];
        var positions = order.Positions();
        for (int i = 0; i < length; i++)
            BinaryPrimitives.WriteUInt32BigEndian(prefix.AsSpan(i * IdBytes), KeyPart(QuadPosition.Get(pattern, positions[i])));
        return prefix;
    }

    /// <summary>An id as it sits in a key; one no key can hold (below 0 or above 2^32 - 1) as 0, which no key holds either.</summary>
    private static uint KeyPart(long id) => id is >= 0 and <= uint.MaxValue ? (uint)id : 0;

    /// <summary>The key prefix of one id in the leading place (a graph in GSPO).</summary>
    public static byte[] Leading(long id)
    {
        var prefix = new byte[IdBytes];
        BinaryPrimitives.WriteUInt32BigEndian(prefix, KeyPart(id));
        return prefix;
    }

    /// <summary>The id in the leading place of a key.</summary>
    public static long ReadLeading(ReadOnlySpan<byte> key) => BinaryPrimitives.ReadUInt32BigEndian(key);

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

    /// <summary>
    /// For re-packing keys of one order as keys of another: for each 32-bit id of the new key, most
    /// significant first, the place of that id in the old key. Moving four ids is several times faster
    /// than unpacking the quad and packing it again.
    /// </summary>
    public static int[] RepackMap(IndexOrder from, IndexOrder to)
    {
        var map = new int[4];
        for (int i = 0; i < 4; i++) map[i] = from.Positions().IndexOf(to.Positions()[i]);
        return map;
    }

    /// <summary>A <see cref="Pack"/>ed key with its ids moved as <see cref="RepackMap"/> says.</summary>
    public static UInt128 Repack(UInt128 packed, int[] map)
    {
        ulong high = (ulong)(packed >> 64), low = (ulong)packed;
        uint Id(int place) => place switch { 0 => (uint)(high >> 32), 1 => (uint)high, 2 => (uint)(low >> 32), _ => (uint)low };
        return new UInt128(((ulong)Id(map[0]) << 32) | Id(map[1]), ((ulong)Id(map[2]) << 32) | Id(map[3]));
    }

    /// <summary>The key of a <see cref="Pack"/>ed quad: the number itself, big-endian.</summary>
    public static void WritePacked(UInt128 packed, Span<byte> key) => BinaryPrimitives.WriteUInt128BigEndian(key, packed);

    /// <summary>A dictionary id or metadata number: 8 bytes, big-endian.</summary>
    public static byte[] Id(long id)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, id);
        return bytes;
    }

    public static long ReadId(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadInt64BigEndian(bytes);
}
