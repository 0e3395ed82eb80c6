using ClaimGraph.Bench.Runner;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Syntax;
using ClaimGraph.Store;
using ClaimGraph.Store.Loading;
using ClaimGraph.Store.Memory;

namespace ClaimGraph.Bench.Sections;

/// <summary>
/// Bulk load of claim-like N-Triples (parse included) into the in-memory store and the durable
/// RocksDB store, next to Jena's TDB2 phased bulk loader on the same file. The RocksDB load is the
/// `claimgraph load` path (<see cref="RdfLoader"/>: parse on one thread, encode on another, batches
/// sorted and staged as SST files in the background, one commit). The in-memory load also gives
/// memory per quad: live heap after a full collection, minus the dictionary's strings.
/// </summary>
public sealed class LoadSection : IBenchSection
{
    /// <summary>Quads per transaction: big enough to amortise commits, small enough to keep a RocksDB write batch modest.</summary>
    public const int BatchSize = 250_000;

    public string Name => "load";

    public void Run(BenchContext ctx)
    {
        var r = ctx.Report;
        r.Section("Bulk load (N-Triples, parse included)");
        r.Table("size", "store", "time", "CPU", "rate", "Jena TDB2 (phased)", "ClaimGraph vs Jena");
        var memoryRows = new List<string[]>();
        foreach (long size in ctx.Options.Sizes)
        {
            string file = ctx.Data.Statements(size, quads: false);
            var jena = ctx.Jena?.LoadTdb2(file, Path.Combine(ctx.ScratchFolder, "jena-tdb2-load"));
            string jenaCell = jena is { } j ? $"{Report.Seconds(TimeSpan.FromSeconds(j.Seconds))}, {Report.Rate(size / j.Seconds)}{(j.FromLog ? "" : " (wall - JVM start)")}" : "-";

            // In memory, with memory per quad.
            long before = Measure.LiveBytes();
            var store = (MemoryQuadStore)QuadStoreFactory.InMemory();
            var (memTime, memCpu) = Measure.TimeWithCpu(() => Load(store, file));
            long after = Measure.LiveBytes();
            long quads = store.QuadCount;
            long strings = DictionaryStringBytes(store);
            r.Row(ParseSection.Sizes(size), "memory", Report.Seconds(memTime), Report.Seconds(memCpu), Report.Rate(quads / memTime.TotalSeconds), jenaCell,
                jena is { } j1 ? Report.VersusTime(memTime.TotalSeconds, j1.Seconds) : "-");
            memoryRows.Add([ParseSection.Sizes(size), Report.Count(quads), Report.Count(store.TermCount),
                $"{(after - before) / (double)quads:0.0}", $"{strings / (double)quads:0.0}", $"{(after - before - strings) / (double)quads:0.0}"]);
            GC.KeepAlive(store);
            store.Dispose();
            store = null;

            // Durable, on disk.
            string folder = ctx.FreshFolder("rocks-load");
            try
            {
                using var rocks = QuadStoreFactory.OpenDirectory(folder);
                var (rocksTime, rocksCpu) = Measure.TimeWithCpu(() => new RdfLoader(rocks).Load([file]));
                r.Row(ParseSection.Sizes(size), "RocksDB", Report.Seconds(rocksTime), Report.Seconds(rocksCpu), Report.Rate(quads / rocksTime.TotalSeconds), jenaCell,
                    jena is { } j2 ? Report.VersusTime(rocksTime.TotalSeconds, j2.Seconds) : "-");
            }
            catch (StoreException e)
            {
                r.Row(ParseSection.Sizes(size), "RocksDB", "not available yet", "-", e.Message, jenaCell, "-");
            }
        }
        r.Note($"CPU is this process's processor time, all threads (the steadier figure on a busy machine). In memory: one transaction per {BatchSize:N0} quads; RocksDB: `claimgraph load`'s bulk load (batches of {BulkLoadDefaults.BatchQuads:N0} quads staged as SST files, one commit). Jena's time is its loader's own report (JVM start excluded); TDB2 writes to disk like the RocksDB store.");

        r.Section("Memory per quad (in-memory store)");
        r.Table("size", "quads", "terms", "bytes/quad, all", "dictionary strings/quad", "bytes/quad beyond the strings");
        foreach (var row in memoryRows) r.Row(row);
        r.Note("Live heap (GC.GetTotalMemory after a full compacting collection) after the load minus before it, per quad; the dictionary's strings (IRI and literal text, as .NET strings) are subtracted in the last column.");
    }

    /// <summary>Reads the file and adds its quads in transactions of <see cref="BatchSize"/> (for in-memory stores: one transaction of everything would hold it all twice).</summary>
    public static void Load(IQuadStore store, string file)
    {
        IStoreTransaction? tx = null;
        try
        {
            int inBatch = 0;
            foreach (var quad in RdfFile.ReadQuads(file))
            {
                tx ??= store.BeginTransaction();
                tx.Add(quad);
                if (++inBatch == BatchSize)
                {
                    tx.Commit();
                    tx.Dispose();
                    tx = null;
                    inBatch = 0;
                }
            }
            tx?.Commit();
        }
        finally
        {
            tx?.Dispose();
        }
    }

    /// <summary>The bytes of the .NET strings the dictionary holds: IRIs, lexical forms, language tags, datatype IRIs.</summary>
    private static long DictionaryStringBytes(MemoryQuadStore store)
    {
        using var snapshot = store.OpenSnapshot();
        var seen = new HashSet<string>(ReferenceEqualityComparer.Instance);
        long bytes = 0;
        for (long id = TermIds.FirstTermId; id < TermIds.FirstTermId + store.TermCount; id++)
        {
            switch (snapshot.GetTerm(id))
            {
                case Iri iri: bytes += StringBytes(iri.Value, seen); break;
                case Literal lit:
                    bytes += StringBytes(lit.Lexical, seen) + StringBytes(lit.Datatype.Value, seen);
                    if (lit.Language is not null) bytes += StringBytes(lit.Language, seen);
                    break;
                case BlankNode b: bytes += StringBytes(b.Label, seen); break;
            }
        }
        return bytes;
    }

    /// <summary>A string's heap size on 64-bit .NET (header, method table, length, UTF-16 chars and terminator, 8-byte aligned), once per instance.</summary>
    private static long StringBytes(string s, HashSet<string> seen) => seen.Add(s) ? (22 + 2L * s.Length + 7) & ~7L : 0;
}
