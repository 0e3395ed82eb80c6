using ClaimGraph.Bench.Jena;
using ClaimGraph.Bench.Runner;
using ClaimGraph.Sparql;
using ClaimGraph.Sparql.Results;
using ClaimGraph.Store;

namespace ClaimGraph.Bench.Sections;

/// <summary>
/// Every query in queries/ (the domain queries) and bench/queries/ (harder ones: multi-way joins,
/// OPTIONAL, aggregates, ORDER BY + LIMIT, paths, subqueries, EXISTS, CONSTRUCT) on the generated
/// claims as N-Quads (the nanopublication layout ingest writes). ClaimGraph runs on its in-memory
/// store and on its RocksDB store (the one `claimgraph` keeps on disk); Jena ARQ on a TDB2 database of the same file (quad-mode evaluation; its plain in-memory
/// dataset iterates every named graph for GRAPH ?g and took minutes at 100k). Each query: one cold
/// run, two warm-ups, then the median of the warm runs; rows are consumed, not written.
/// </summary>
public sealed class QuerySection : IBenchSection
{
    /// <summary>A query whose cold run takes longer than this is not repeated.</summary>
    private const double SlowMs = 5000;

    public string Name => "query";

    public void Run(BenchContext ctx)
    {
        var r = ctx.Report;
        var files = QueryFiles(ctx.RepoRoot)
            .Where(f => ctx.Options.Queries.Count == 0 || ctx.Options.Queries.Contains(Path.GetFileNameWithoutExtension(f)))
            .ToArray();
        foreach (long size in ctx.Options.Sizes)
        {
            string data = ctx.Data.Statements(size, quads: true);
            r.Section($"SPARQL queries, {ParseSection.Sizes(size)} quads");

            var ours = RunAll(QuadStoreFactory.InMemory(), "into memory", data, files, ctx);
            var onRocks = ctx.Options.QueriesOnRocks
                ? RunAll(QuadStoreFactory.OpenDirectory(ctx.FreshFolder("query-rocksdb")), "into RocksDB", data, files, ctx)
                : null;

            var jena = new Dictionary<string, JenaQueryTiming>();
            if (ctx.Jena is { } j)
            {
                string db = Path.Combine(ctx.ScratchFolder, "jena-tdb2-query");
                var load = j.LoadTdb2(data, db);
                r.Note(load is { } l ? $"Jena: TDB2 bulk load of the same file {l.Seconds:0.0} s." : "Jena: TDB2 load failed.");
                if (load is not null)
                    foreach (var (kind, timing, _) in j.Queries(db, files, ctx.Options.Runs, ctx.Options.QueryTimeoutSeconds))
                        if (kind == "query" && timing is not null) jena[timing.File] = timing;
            }

            var columns = new List<string> { "query", "ClaimGraph cold", "ClaimGraph warm", "warm CPU", "rows", "Jena cold", "Jena warm", "Jena rows", "ClaimGraph vs Jena (warm)" };
            if (onRocks is not null) columns.AddRange(["RocksDB warm", "RocksDB vs Jena (warm)"]);
            r.Table(columns.ToArray());
            foreach (var f in files)
            {
                var o = ours[f];
                jena.TryGetValue(f, out var jt);
                string rowsMatch = jt is null || jt.Error is not null || o.Error is not null ? "-" : jt.Rows == o.Rows ? "same" : Report.Count(jt.Rows) + " (differs)";
                var cells = new List<string>
                {
                    DisplayName(f, ctx.RepoRoot),
                    o.Error ?? Report.Ms(o.Cold), o.Error is null ? Report.Ms(o.Warm) : "-", o.Error is null ? Report.Ms(o.WarmCpu) : "-",
                    o.Error is null ? Report.Count(o.Rows) : "-",
                    jt is null ? "-" : jt.Error is not null ? Short(jt.Error) : Report.Ms(jt.ColdMs),
                    jt is null || jt.Error is not null ? "-" : Report.Ms(jt.WarmMs),
                    rowsMatch,
                    Versus(o.Warm, o.Error, jt, ctx.Options.QueryTimeoutSeconds),
                };
                if (onRocks?[f] is { } k)
                {
                    string rows = k.Error is null && o.Error is null && k.Rows != o.Rows ? $" ({Report.Count(k.Rows)} rows, differs)" : "";
                    cells.AddRange([(k.Error ?? Report.Ms(k.Warm)) + rows, Versus(k.Warm, k.Error, jt, ctx.Options.QueryTimeoutSeconds)]);
                }
                r.Row(cells.ToArray());
            }
            r.Note("'warm CPU' is ClaimGraph's processor time for the median warm run (steadier than wall time on a busy machine). 'x× faster' means ClaimGraph's warm median is 1/x of Jena's. Rows 'same' means both engines returned as many rows." +
                   (onRocks is null ? "" : " 'RocksDB' is ClaimGraph on its disk store (the one claimgraph uses), bulk-loaded from the same file; Jena's TDB2 is on disk too."));
        }
    }

    /// <summary>Loads the data into a store, times every query on it, and closes the store.</summary>
    private static Dictionary<string, OurTiming> RunAll(IQuadStore store, string where, string data, IReadOnlyList<string> files, BenchContext ctx)
    {
        using (store)
        {
            var loadTime = Measure.Time(() => LoadSection.Load(store, data));
            ctx.Report.Note($"ClaimGraph: loaded {where} in {Report.Seconds(loadTime)}. Query timeout {ctx.Options.QueryTimeoutSeconds} s; warm = median of {ctx.Options.Runs} runs after 2 warm-ups.");
            using var snapshot = store.OpenSnapshot();
            return files.ToDictionary(f => f, f => RunOurs(f, snapshot, ctx.Options));
        }
    }

    /// <summary>queries/*.rq of the repository, then bench/queries/*.rq.</summary>
    public static IReadOnlyList<string> QueryFiles(string repoRoot) =>
        new[] { Path.Combine(repoRoot, "queries"), Path.Combine(repoRoot, "bench", "queries") }
            .Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.rq").Order(StringComparer.Ordinal))
            .ToArray();

    /// <summary>Our timings of one query, in milliseconds; <see cref="Error"/> says why there are none.</summary>
    private sealed record OurTiming(double Cold, double Warm, double WarmCpu, long Rows, string? Error)
    {
        public static OurTiming Failed(string error) => new(double.NaN, double.NaN, double.NaN, -1, error);
    }

    private static OurTiming RunOurs(string file, IQuadReader data, BenchOptions options)
    {
        Query query;
        try
        {
            query = SparqlParser.ParseQuery(File.ReadAllText(file));
        }
        catch (SparqlSyntaxException e)
        {
            return OurTiming.Failed($"syntax error {e.Line}:{e.Column}");
        }
        var engine = new QueryEngine(new QueryEngineOptions { Timeout = TimeSpan.FromSeconds(options.QueryTimeoutSeconds) });
        try
        {
            long rows = 0;
            var cold = Measure.TimeWithCpu(() => rows = Consume(engine.Execute(query, data)));
            var warm = new List<(TimeSpan Wall, TimeSpan Cpu)>();
            if (cold.Wall.TotalMilliseconds < SlowMs)
            {
                for (int i = 0; i < 2; i++) Consume(engine.Execute(query, data));
                for (int i = 0; i < options.Runs; i++) warm.Add(Measure.TimeWithCpu(() => Consume(engine.Execute(query, data))));
            }
            if (warm.Count == 0) warm.Add(cold);
            // The run with the median wall time, and its CPU time.
            var median = warm.OrderBy(t => t.Wall).ElementAt(warm.Count / 2);
            return new OurTiming(cold.Wall.TotalMilliseconds, median.Wall.TotalMilliseconds, median.Cpu.TotalMilliseconds, rows, null);
        }
        catch (QueryTimeoutException)
        {
            return OurTiming.Failed($"timeout (> {options.QueryTimeoutSeconds} s)");
        }
        catch (Exception e) when (e is SparqlEvaluationException or NotSupportedException or NotImplementedException or InvalidOperationException)
        {
            return OurTiming.Failed(Short(e.GetType().Name + ": " + e.Message));
        }
    }

    /// <summary>The comparison cell, also when one engine failed or timed out.</summary>
    private static string Versus(double oursMs, string? oursError, JenaQueryTiming? jena, int timeoutSeconds)
    {
        if (jena is null) return "-";
        bool jenaTimedOut = jena.Error?.StartsWith("timeout", StringComparison.Ordinal) == true;
        if (oursError is not null) return jena.Error is null ? "Jena only (ClaimGraph failed)" : "both failed";
        if (jenaTimedOut) return $"> {timeoutSeconds * 1000 / oursMs:0.#}× faster (Jena timed out)";
        if (jena.Error is not null) return "ClaimGraph only (Jena failed)";
        return Report.VersusTime(oursMs, jena.WarmMs);
    }

    /// <summary>Enumerates the whole result, as a writer would, and counts it.</summary>
    private static long Consume(QueryResult result) => result switch
    {
        SolutionsResult s => s.Rows.LongCount(),
        BooleanResult b => b.Value ? 1 : 0,
        GraphResult g => g.Triples.LongCount(),
        _ => 0,
    };

    private static string DisplayName(string file, string repoRoot) => Path.GetRelativePath(repoRoot, file);

    private static string Short(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
