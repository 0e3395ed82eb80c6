using System.Runtime.InteropServices;
using RocksDbSharp;

namespace ClaimGraph.Store.Rocks;

/// <summary>
/// SST files staged for one commit, and their atomic ingestion. RocksDB ingests one column family at
/// a time, so the commit is made atomic by rolling forward: the files are written first, then a
/// marker (holding the commit's metadata batch) is written through the WAL; from that moment the
/// commit counts, and if the process dies during the ingestion, <see cref="Recover"/> finishes it at
/// the next open. Before the marker, the staging folder is just deleted. Every key is idempotent
/// (same key, same value), so files that repeat keys, or a file ingested twice, do no harm.
/// </summary>
internal sealed class SstStaging : IDisposable
{
    private static readonly byte[] MarkerKey = "pending-bulk-ingest"u8.ToArray();
    private const string FolderName = "staging";

    private readonly RocksQuadStore _store;
    private readonly string _folder;
    private int _fileCount;

    /// <summary>Starts an empty staging folder.</summary>
    public SstStaging(RocksQuadStore store)
    {
        _store = store;
        _folder = FolderOf(store);
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        Directory.CreateDirectory(_folder);
    }

    /// <summary>
    /// Writes one file for a column family: <paramref name="fill"/> adds keys in strictly ascending
    /// order. Several threads may write files at once.
    /// </summary>
    public void Write(string family, Action<SstSink> fill)
    {
        // The family name comes first, so that Recover can tell the family of a file it finds.
        var path = Path.Combine(_folder, $"{family}.{Interlocked.Increment(ref _fileCount):D6}.sst");
        using (var writer = new SstFileWriter(new EnvOptions(), _store.FamilyOptions(family)))
        {
            writer.Open(path);
            var sink = new SstSink(writer);
            fill(sink);
            if (sink.Count > 0)
            {
                writer.Finish();
                return;
            }
        }
        File.Delete(path);   // RocksDB cannot finish a file without keys
    }

    /// <summary>Makes the staged files and the metadata batch one commit, then calls <paramref name="publish"/>.</summary>
    public void Commit(WriteBatch metadata, Action publish)
    {
        using (var marker = new WriteBatch())
        {
            marker.Put(MarkerKey, metadata.ToBytes(), _store.Meta);
            _store.Db.Write(marker, new WriteOptions().SetSync(true));
        }
        // Committed from here on: finish even if this process dies (Recover does the rest).
        IngestAndFinish(_store, _folder, metadata);
        publish();
    }

    /// <summary>Drops whatever was staged and not committed.</summary>
    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    /// <summary>At open: finish a commit a dead process left half-ingested, or drop its unfinished files.</summary>
    /// <returns>True when a committed bulk write was finished.</returns>
    public static bool Recover(RocksQuadStore store)
    {
        var marker = store.Db.Get(MarkerKey, store.Meta);
        var folder = FolderOf(store);
        if (marker is not null)
        {
            using var metadata = new WriteBatch(marker, marker.Length);
            IngestAndFinish(store, folder, metadata);
        }
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return marker is not null;
    }

    private static string FolderOf(RocksQuadStore store) => Path.Combine(store.DataDirectory, FolderName);

    private static void IngestAndFinish(RocksQuadStore store, string folder, WriteBatch metadata)
    {
        var options = new IngestExternalFileOptions().SetMoveFiles(true);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.sst") : [];
        // One call per family: RocksDB ingests a family's files, overlapping or not, as one change.
        // A commit that a format 2 store left half-done also staged the two orders format 3 dropped: their files are let go.
        foreach (var family in files.GroupBy(f => Path.GetFileName(f).Split('.')[0]).Where(family => store.HasFamily(family.Key)))
            store.Db.IngestExternalFiles(family.Order(StringComparer.Ordinal).ToArray(), options, store.Db.GetColumnFamily(family.Key));
        metadata.Delete(MarkerKey, store.Meta);
        store.Db.Write(metadata, new WriteOptions().SetSync(true));
    }
}

/// <summary>Adds entries to one SST file straight from spans, with no managed copy of each key.</summary>
internal sealed unsafe class SstSink(SstFileWriter writer)
{
    private readonly Native _native = Native.Instance;
    private readonly IntPtr _handle = writer.Handle;

    public long Count { get; private set; }

    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        IntPtr error = IntPtr.Zero;
        fixed (byte* k = key)
        fixed (byte* v = value)
            SstFileWriterPut(_handle, k, (nuint)key.Length, v, (nuint)value.Length, &error);
        if (error != IntPtr.Zero) throw new RocksDbException(error);
        Count++;
    }

    /// <summary>
    /// RocksDB's put, called without the switch to preemptive mode that a P/Invoke makes for the GC: it
    /// copies the key into the block being built and now and then hands a full buffer to the page
    /// cache, so it nearly always returns within a microsecond (a collection that starts meanwhile
    /// waits for it to return). Called once per index key (200 million in an ingest of 100k articles),
    /// the switch was a tenth of the time spent writing SST files: 2.3 s of CPU at 100k.
    /// </summary>
    [DllImport("rocksdb", EntryPoint = "rocksdb_sstfilewriter_put", ExactSpelling = true)]
    [SuppressGCTransition]
    private static extern void SstFileWriterPut(IntPtr writer, byte* key, nuint keyLength, byte* value, nuint valueLength, IntPtr* error);

    public void Delete(ReadOnlySpan<byte> key)
    {
        fixed (byte* k = key)
            _native.rocksdb_sstfilewriter_delete(_handle, k, (UIntPtr)key.Length);
        Count++;
    }
}
