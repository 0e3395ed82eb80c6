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
    /// <summary>The 8-byte big-endian value stored under each key in the family, or 0 where there is none.</summary>
    public static void Numbers(RocksDb db, ColumnFamilyHandle family, ReadOptions options, IReadOnlyList<byte[]> keys, Span<long> numbers)
    {
        int count = keys.Count;
        if (count == 0) return;
        var native = Native.Instance;
        var pins = new GCHandle[count];
        var pointers = new IntPtr[count];
        var sizes = new UIntPtr[count];
        var values = new IntPtr[count];
        var errors = new IntPtr[count];
        try
        {
            for (int i = 0; i < count; i++)
            {
                pins[i] = GCHandle.Alloc(keys[i], GCHandleType.Pinned);
                pointers[i] = pins[i].AddrOfPinnedObject();
                sizes[i] = (UIntPtr)keys[i].Length;
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
                if (pins[i].IsAllocated) pins[i].Free();
            }
        }
    }
}
