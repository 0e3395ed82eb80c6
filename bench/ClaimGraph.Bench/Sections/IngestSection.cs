using ClaimGraph.Bench.Generation;
using ClaimGraph.Bench.Runner;
using ClaimGraph.Extraction.Ingest;
using ClaimGraph.Extraction.Metrics;
using ClaimGraph.Store;

namespace ClaimGraph.Bench.Sections;

/// <summary>
/// End-to-end ingest (read files, find dates, extract claims, write one transaction per article)
/// of generated corpora into the durable RocksDB store, as `claimgraph ingest` does (and once into
/// the in-memory store, to separate extraction from storage): 10k articles
/// and the --articles size, to show how the rate holds as the corpus grows. Each run has a time
/// budget; a run stopped by it reports the rate over the articles done. The claims found are
/// compared with the number the generator wrote (a sanity figure, not an accuracy measure).
/// </summary>
public sealed class IngestSection : IBenchSection
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(90);

    public string Name => "ingest";

    public void Run(BenchContext ctx)
    {
        var r = ctx.Report;
        r.Section("Ingest (articles to claims to RDF)");
        r.Table("articles", "store", "time", "CPU", "articles/s", "sentences", "claims found / generated", "warnings", "outcome");
        var catalog = MetricCatalogLoader.BuiltIn();
        // In memory first, at the small size only: it separates extraction cost from store cost.
        var runs = new List<(int Articles, bool Durable)> { (Math.Min(10_000, ctx.Options.Articles), false) };
        runs.AddRange(new[] { 10_000, ctx.Options.Articles }.Where(a => a <= ctx.Options.Articles).Distinct().Select(a => (a, true)));
        foreach (var (articles, durable) in runs)
        {
            string corpus = ctx.Data.Corpus(articles);
            long generatedClaims = new CorpusGenerator(articles, ctx.Options.Seed).Articles(articles).Sum(a => (long)a.Claims.Count);
            string folder = ctx.FreshFolder("ingest-store");
            IngestReport? result = null;
            int done = 0;
            string outcome = "done";
            var (wall, cpu) = Measure.TimeWithCpu(() =>
            {
                using var store = durable ? QuadStoreFactory.OpenDirectory(folder) : QuadStoreFactory.InMemory();
                using var cancel = new CancellationTokenSource(Budget);
                var progress = new SynchronousProgress(p => { if (p.Phase == "ingesting") done = p.Done; });
                try
                {
                    result = new ArticleIngestor(store, catalog).Ingest([corpus], progress, cancel.Token);
                    done = result.Articles;
                }
                catch (OperationCanceledException)
                {
                    outcome = $"stopped after {Budget.TotalSeconds:0} s";
                }
            });
            r.Row(articles.ToString("N0", Report.Inv), durable ? "RocksDB" : "memory", Report.Seconds(wall), Report.Seconds(cpu),
                (done / wall.TotalSeconds).ToString("N0", Report.Inv) + (outcome == "done" ? "" : $" ({done:N0} done)"),
                result is null ? "-" : Report.Count(result.Sentences),
                result is null ? "-" : $"{Report.Count(result.Claims)} / {Report.Count(generatedClaims)}",
                result is null ? "-" : Report.Count(result.Warnings), outcome);
            if (outcome != "done" && durable) break;
        }
        r.Note("The time includes the first pass over every file (date evidence) and RocksDB commits; the corpus files are generated beforehand and not timed.");
    }

    /// <summary>Progress reported on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
