using System.Buffers.Binary;
using System.Runtime.InteropServices;
using RocksDbSharp;

namespace ClaimGraph.Store.Rocks;

/// <summary>
/// Many point lookups in one native call: RocksDB's batched MultiGet probes each file's filter for the
/// whole batch at once, where a Get per key walks the files again for every key.
/// </summary>
internal static unsafe class BatchedGet
{
    /// <summary>
    /// The 8-byte big-endian value stored under each key in the family, or 0 where there is none. The
    /// keys lie end to end in <paramref name="keyBytes"/>, key i ending at <paramref name="keyEnds"/>[i]:
    /// one buffer pinned once, rather than an array and a pinning handle per key.
    /// </summary>
    public static void Numbers(RocksDb db, ColumnFamilyHandle family, ReadOptions options, ReadOnlySpan<byte> keyBytes, ReadOnlySpan<int> keyEnds, Span<long> numbers)
    {
        int count = keyEnds.Length;
        if (count == 0) return;
        var native = Native.Instance;
        var pointers = new IntPtr[count];
        var sizes = new UIntPtr[count];
        var values = new IntPtr[count];
        var errors = new IntPtr[count];
        fixed (byte* keys = keyBytes)
        {
            try
            {
                for (int i = 0, start = 0; i < count; start = keyEnds[i], i++)
                {
                    pointers[i] = (IntPtr)(keys + start);
                    sizes[i] = (UIntPtr)(keyEnds[i] - start);
                }
                fixed (IntPtr* slices = values)
                    native.rocksdb_batched_multi_get_cf(db.Handle, options.Handle, family.Handle, (UIntPtr)count, pointers, sizes, (IntPtr)slices, errors, 0);
                for (int i = 0; i < count; i++)
                {
                    if (errors[i] != IntPtr.Zero)
                        throw new StoreException("cannot read the store's dictionary: " + Marshal.PtrToStringUTF8(errors[i]));
                    if (values[i] == IntPtr.Zero)
                    {
                        numbers[i] = 0;
                        continue;
                    }
                    var data = native.rocksdb_pinnableslice_value(values[i], out var length);
                    numbers[i] = BinaryPrimitives.ReadInt64BigEndian(new ReadOnlySpan<byte>((void*)data, (int)length));
                }
            }
            finally
            {
                for (int i = 0; i < count; i++)
                {
                    if (values[i] != IntPtr.Zero) native.rocksdb_pinnableslice_destroy(values[i]);
                    if (errors[i] != IntPtr.Zero) native.rocksdb_free(errors[i]);
                }
            }
        }
    }
}
