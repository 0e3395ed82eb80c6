using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ClaimGraph.Bench.Generation;
using ClaimGraph.Bench.Runner;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Syntax;
using ClaimGraph.Sparql;
using ClaimGraph.Store;

namespace ClaimGraph.Bench.Sections;

/// <summary>
/// Micro-benchmarks with BenchmarkDotNet (in-process, short job, so the section takes about a minute):
/// the inner loops the macro figures rest on. Runs only with --only micro.
/// </summary>
public sealed class MicroSection : IBenchSection
{
    public string Name => "micro";

    public void Run(BenchContext ctx)
    {
        ctx.Report.Section("Micro-benchmarks (BenchmarkDotNet, in-process short job)");
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithOptions(ConfigOptions.DisableLogFile)
            .WithArtifactsPath(Path.Combine(ctx.ScratchFolder, "BenchmarkDotNet.Artifacts"));
        var summary = BenchmarkRunner.Run<InnerLoops>(config);
        ctx.Report.Table("benchmark", "mean", "allocated");
        foreach (var report in summary.Reports)
        {
            var stats = report.ResultStatistics;
            ctx.Report.Row(report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
                stats is null ? "failed" : Report.Ms(stats.Mean / 1e6),
                report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is long b ? $"{b / 1024.0:0.0} KiB" : "-");
        }
    }
}

/// <summary>The measured inner loops; state is built once per run.</summary>
[MemoryDiagnoser]
public class InnerLoops
{
    private string _nTriples = "";
    private string _query = "";
    private IQuadStore _store = null!;
    private long _valuePredicate;

    [GlobalSetup]
    public void Setup()
    {
        var gen = new CorpusGenerator(1000, 42);
        using var text = new StringWriter();
        var sink = new StatementFileWriter(text, triplesOnly: true, limit: 10_000);
        ClaimStatements.WriteVocabulary(gen, sink);
        foreach (var a in gen.Articles(1000)) if (!ClaimStatements.WriteArticle(a, sink)) break;
        _nTriples = text.ToString();

        _query = """
            PREFIX cg: <https://claimgraph.org/ns#>
            SELECT ?metric (COUNT(?c) AS ?n) (MAX(?d) AS ?last)
            WHERE { GRAPH ?g { ?c a cg:Claim ; cg:metric ?metric ; cg:asOf ?d ; cg:value ?v } FILTER(?v > 100) }
            GROUP BY ?metric ORDER BY DESC(?n) LIMIT 10
            """;

        _store = QuadStoreFactory.InMemory();
        using (var tx = _store.BeginTransaction())
        {
            foreach (var q in RdfFormat.NTriples.CreateReader(new StringReader(_nTriples)).ReadQuads()) tx.Add(q);
            tx.Commit();
        }
        using var snap = _store.OpenSnapshot();
        snap.TryGetId(new Iri(ClaimStatements.Cg + "value"), out _valuePredicate);
    }

    [Benchmark(Description = "parse 10k N-Triples lines")]
    public long ParseNTriples()
    {
        long n = 0;
        foreach (var _ in RdfFormat.NTriples.CreateReader(new StringReader(_nTriples)).ReadQuads()) n++;
        return n;
    }

    [Benchmark(Description = "parse a SPARQL aggregate query")]
    public object ParseSparql() => SparqlParser.ParseQuery(_query);

    [Benchmark(Description = "scan ?s cg:value ?o (in-memory store, 10k quads)")]
    public long ScanPredicate()
    {
        using var snap = _store.OpenSnapshot();
        long n = 0;
        foreach (var _ in snap.Scan(new QuadPattern(TermIds.Any, _valuePredicate, TermIds.Any, TermIds.Any))) n++;
        return n;
    }

    [Benchmark(Description = "dictionary lookup of 1k terms")]
    public long LookupTerms()
    {
        using var snap = _store.OpenSnapshot();
        long sum = 0;
        for (long id = TermIds.FirstTermId; id < TermIds.FirstTermId + 1000; id++)
            if (snap.TryGetId(snap.GetTerm(id), out long back)) sum += back;
        return sum;
    }
}
