using ClaimGraph.Rdf.Model;
using RocksDbSharp;

namespace ClaimGraph.Store.Rocks;

/// <summary>
/// Writes a large transaction as sorted SST files, one per column family, and ingests them.
/// RocksDB ingests one column family at a time, so the commit is made atomic by rolling forward:
/// the files are written first, then a marker (holding the metadata batch) is written through the
/// WAL; from that moment the transaction counts as committed, and if the process dies during the
/// ingestion, <see cref="Recover"/> finishes it at the next open. Before the marker, the staging
/// folder is just deleted. All keys are idempotent (same key, same value), so ingesting a file twice is harmless.
/// </summary>
internal sealed class BulkIngest(RocksQuadStore store)
{
    private static readonly byte[] MarkerKey = "pending-bulk-ingest"u8.ToArray();
    private const string StagingFolderName = "staging";

    private string StagingFolder => Path.Combine(store.DataDirectory, StagingFolderName);

    public void Write(IReadOnlyList<(long Id, Term Term)> newTerms, IReadOnlyCollection<EncodedQuad> adds,
        IReadOnlyCollection<EncodedQuad> removes, WriteBatch metadata, Action publish)
    {
        var staging = StagingFolder;
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        try
        {
            var files = WriteFiles(staging, newTerms, adds, removes);
            var marker = new WriteBatch();
            marker.Put(MarkerKey, metadata.ToBytes(), store.Meta);
            store.Db.Write(marker, new WriteOptions().SetSync(true));
            // Committed from here on: finish even if this process dies (Recover does the rest).
            IngestAndFinish(files, metadata, publish);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>At open: finish a bulk commit a dead process left half-ingested, or drop its unfinished files.</summary>
    /// <returns>True when a committed bulk write was finished.</returns>
    public bool Recover()
    {
        var marker = store.Db.Get(MarkerKey, store.Meta);
        var staging = StagingFolder;
        if (marker is not null)
        {
            var files = Directory.Exists(staging)
                ? Directory.GetFiles(staging, "*.sst").Select(f => (Path.GetFileNameWithoutExtension(f), f)).ToList()
                : [];
            IngestAndFinish(files, new WriteBatch(marker, marker.Length), publish: () => { });
        }
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        return marker is not null;
    }

    private void IngestAndFinish(IReadOnlyList<(string Family, string File)> files, WriteBatch metadata, Action publish)
    {
        var options = new IngestExternalFileOptions().SetMoveFiles(true);
        foreach (var (family, file) in files)
            store.Db.IngestExternalFiles([file], options, store.Db.GetColumnFamily(family));
        metadata.Delete(MarkerKey, store.Meta);
        store.Db.Write(metadata, new WriteOptions().SetSync(true));
        publish();
    }

    private List<(string Family, string File)> WriteFiles(string staging, IReadOnlyList<(long Id, Term Term)> newTerms,
        IReadOnlyCollection<EncodedQuad> adds, IReadOnlyCollection<EncodedQuad> removes)
    {
        var files = new List<(string, string)>();
        if (newTerms.Count > 0)
        {
            // id to term: ids are handed out ascending, so the list is already in key order.
            files.Add(WriteFile(staging, RocksQuadStore.IdToTermFamily, writer =>
            {
                foreach (var (id, term) in newTerms) writer.Add(QuadKeys.Id(id), TermCodec.Encode(term));
            }));
            var byKey = newTerms.Select(t => (Key: TermCodec.Key(t.Term), t.Id)).ToArray();
            Array.Sort(byKey, (a, b) => a.Key.AsSpan().SequenceCompareTo(b.Key));
            files.Add(WriteFile(staging, RocksQuadStore.TermToIdFamily, writer =>
            {
                foreach (var (key, id) in byKey) writer.Add(key, QuadKeys.Id(id));
            }));
        }
        if (adds.Count + removes.Count > 0)
        {
            var changes = new (EncodedQuad Quad, bool Added)[adds.Count + removes.Count];
            int n = 0;
            foreach (var q in adds) changes[n++] = (q, true);
            foreach (var q in removes) changes[n++] = (q, false);
            var orderFiles = new (string, string)[IndexOrders.All.Length];
            Parallel.ForEach(IndexOrders.All, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(3, Environment.ProcessorCount) },
                order => orderFiles[(int)order] = WriteOrderFile(staging, order, changes));
            files.AddRange(orderFiles);
        }
        return files;
    }

    private (string Family, string File) WriteOrderFile(string staging, IndexOrder order, (EncodedQuad Quad, bool Added)[] changes)
    {
        var positions = order.Positions();
        bool compact = changes.All(c => c.Quad.Subject <= uint.MaxValue && c.Quad.Predicate <= uint.MaxValue
                                        && c.Quad.Object <= uint.MaxValue && c.Quad.Graph <= uint.MaxValue);
        var empty = Array.Empty<byte>();
        if (compact)
        {
            // Ids that fit 32 bits sort fastest packed into one 128-bit number, in key order.
            var packed = new UInt128[changes.Length];
            var added = new bool[changes.Length];
            for (int i = 0; i < changes.Length; i++)
            {
                var q = changes[i].Quad;
                packed[i] = new UInt128(
                    ((ulong)QuadPosition.Get(q, positions[0]) << 32) | (ulong)QuadPosition.Get(q, positions[1]),
                    ((ulong)QuadPosition.Get(q, positions[2]) << 32) | (ulong)QuadPosition.Get(q, positions[3]));
                added[i] = changes[i].Added;
            }
            Array.Sort(packed, added);
            return WriteFile(staging, order.Name(), writer =>
            {
                var key = new byte[QuadKeys.Length];   // the writer copies it, so one buffer serves every key
                for (int i = 0; i < packed.Length; i++)
                {
                    var k = new OrderedKey((long)(ulong)(packed[i] >> 96), (long)(uint)(packed[i] >> 64), (long)(uint)(packed[i] >> 32), (long)(uint)packed[i], added[i]);
                    k.Write(key);
                    if (k.Added) writer.Put(key, empty); else writer.Delete(key);
                }
            });
        }
        var keys = new OrderedKey[changes.Length];
        for (int i = 0; i < changes.Length; i++)
        {
            var q = changes[i].Quad;
            keys[i] = new OrderedKey(QuadPosition.Get(q, positions[0]), QuadPosition.Get(q, positions[1]),
                QuadPosition.Get(q, positions[2]), QuadPosition.Get(q, positions[3]), changes[i].Added);
        }
        Array.Sort(keys);
        return WriteFile(staging, order.Name(), writer =>
        {
            var key = new byte[QuadKeys.Length];
            foreach (var k in keys)
            {
                k.Write(key);
                if (k.Added) writer.Put(key, empty); else writer.Delete(key);
            }
        });
    }

    /// <summary>A quad's ids in one index order, sorting as its key bytes do.</summary>
    private readonly record struct OrderedKey(long A, long B, long C, long D, bool Added) : IComparable<OrderedKey>
    {
        public int CompareTo(OrderedKey other)
        {
            int c = A.CompareTo(other.A);
            if (c != 0) return c;
            c = B.CompareTo(other.B);
            if (c != 0) return c;
            c = C.CompareTo(other.C);
            return c != 0 ? c : D.CompareTo(other.D);
        }

        public void Write(byte[] key)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(key.AsSpan(0), A);
            System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(key.AsSpan(8), B);
            System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(key.AsSpan(16), C);
            System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(key.AsSpan(24), D);
        }
    }

    private (string Family, string File) WriteFile(string staging, string family, Action<SstFileWriter> fill)
    {
        var path = Path.Combine(staging, family + ".sst");
        using var writer = new SstFileWriter(new EnvOptions(), store.FamilyOptions(family));
        writer.Open(path);
        fill(writer);
        writer.Finish();
        return (family, path);
    }

}
