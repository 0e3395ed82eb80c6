using ClaimGraph.Bench.Runner;
using ClaimGraph.Consistency.Checking;
using ClaimGraph.Consistency.Reports;
using ClaimGraph.Sparql;
using ClaimGraph.Sparql.Results;
using ClaimGraph.Store;

namespace ClaimGraph.Bench.Sections;

/// <summary>
/// The consistency report (every query of the check, series assembly, JSON and HTML writers) over
/// the claims of generated corpora, loaded as N-Quads into the in-memory store: 1k and 10k articles,
/// then the --articles size, stopping at the first size that does not finish within the budget.
/// </summary>
public sealed class ReportSection : IBenchSection
{
    /// <summary>How long one report may run before it is stopped.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(120);

    public string Name => "report";

    public void Run(BenchContext ctx)
    {
        var r = ctx.Report;
        r.Section("Consistency report (JSON + HTML)");
        r.Table("articles", "quads", "store load", "report", "CPU", "series", "outcome");
        foreach (int articles in new[] { 1_000, 10_000, ctx.Options.Articles }.Where(a => a <= ctx.Options.Articles).Distinct())
        {
            string file = ctx.Data.CorpusQuads(articles);
            using var store = QuadStoreFactory.InMemory();
            var load = Measure.Time(() => LoadSection.Load(store, file));
            using var snapshot = store.OpenSnapshot();
            long quads = snapshot.EstimateCount(QuadPattern.All);

            string? outcome = null;
            for (int run = 0; run < ctx.Options.ReportRuns && outcome is null or "done"; run++)
            {
                var runner = new TimedSelectRunner();
                var collector = new SeriesCounter();
                string outFolder = ctx.FreshFolder("report");
                var (wall, cpu) = Measure.TimeWithCpu(() =>
                {
                    using var cancel = new CancellationTokenSource(Budget);
                    // the writers as `claimgraph report` makes them
                    using var jsonFile = File.Create(Path.Combine(outFolder, "report.json"));
                    using var json = ReportFormats.Create(ReportFormat.Json, jsonFile);
                    using var htmlFile = File.Create(Path.Combine(outFolder, "report.html"));
                    using var html = ReportFormats.Create(ReportFormat.Html, htmlFile);
                    try
                    {
                        new ConsistencyChecker(runner).Run(snapshot, snapshot.Version, [json, html, collector], cancel.Token);
                        outcome = "done";
                    }
                    catch (Exception e) when (e is OperationCanceledException or QueryTimeoutException)
                    {
                        outcome = $"stopped after {Budget.TotalSeconds:0} s, in {runner.Current}";
                    }
                });
                r.Row(articles.ToString("N0", Report.Inv), Report.Count(quads), Report.Seconds(load), Report.Seconds(wall), Report.Seconds(cpu),
                    Report.Count(collector.Count), outcome ?? "?");
            }
            if (outcome != "done") break;
        }
        r.Note("The store is loaded from the generator's N-Quads of the corpus (the nanopublication layout ingest writes), so the figure does not depend on extraction. The report time is ConsistencyChecker.Run with the JSON and HTML writers, files on disk.");
    }

    /// <summary>Runs the checker's SELECT queries on the SPARQL engine and remembers which one is running.</summary>
    private sealed class TimedSelectRunner : ISelectRunner
    {
        private readonly QueryEngine _engine = new();

        public string Current { get; private set; } = "(start)";

        public SolutionsResult Select(NamedQuery query, IQuadReader data, CancellationToken cancel = default)
        {
            Current = query.Name;
            return _engine.Execute(SparqlParser.ParseQuery(query.Text), data, cancel) as SolutionsResult
                ?? throw new InvalidOperationException($"{query.Name} is not a SELECT query");
        }
    }

    private sealed class SeriesCounter : IReportSink
    {
        public long Count { get; private set; }
        public void Begin(Consistency.Model.ReportProvenance provenance) { }
        public void Add(Consistency.Model.Series series) => Count++;
        public void End() { }
    }
}
