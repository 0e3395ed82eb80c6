using ClaimGraph.Bench.Generation;
using ClaimGraph.Bench.Runner;
using ClaimGraph.Extraction.Ingest;
using ClaimGraph.Extraction.Metrics;
using ClaimGraph.Search.Indexing;
using ClaimGraph.Store;

namespace ClaimGraph.Bench.Sections;

/// <summary>
/// End-to-end ingest as `claimgraph ingest` does it: read the files, find dates, extract claims,
/// write them in groups of articles (group commit, each article whole) and index the sentences in the Lucene index beside the store
/// (<see cref="IngestIndexer.ForStore"/>, the CLI's own wiring). Into the durable RocksDB store at
/// 10k articles and at the --articles size, to show how the rate holds as the corpus grows; once
/// without the index (`--no-index`) and once into the in-memory store, to separate the costs.
/// The first 10k store is then ingested again twice: unchanged (nothing to write) and with every
/// article changed by one added sentence (each replaces its old version).
/// Each run has a time budget; a run stopped by it reports the rate over the articles done. The
/// claims found are compared with the number the generator wrote (a sanity figure, not accuracy).
/// </summary>
public sealed class IngestSection : IBenchSection
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(180);

    public string Name => "ingest";

    /// <summary>What an ingest run starts from: an empty store, or the store of the run before with the same corpus, or with every article changed.</summary>
    private enum Start { Empty, SameCorpusAgain, ChangedCorpusAgain }

    private sealed record IngestRun(int Articles, bool Durable, bool Index, Start Start = Start.Empty);

    /// <summary>A sentence added to every article for the changed re-ingest: a new text, so a new version of each.</summary>
    private const string AddedSentence = "\n\nOfficials said 12 more cases were found.\n";

    public void Run(BenchContext ctx)
    {
        var r = ctx.Report;
        r.Section("Ingest (articles to claims to RDF and the search index)");
        r.Table("articles", "store", "search index", "time", "CPU", "articles/s", "per CPU second", "sentences", "claims found / generated", "warnings", "outcome");
        var catalog = MetricCatalogLoader.BuiltIn();
        int small = Math.Min(10_000, ctx.Options.Articles);
        var runs = new List<IngestRun>
        {
            new(small, true, true), new(small, true, true, Start.SameCorpusAgain), new(small, true, true, Start.ChangedCorpusAgain),
            new(small, true, false), new(small, false, true),
        };
        if (ctx.Options.Articles > small) runs.Add(new(ctx.Options.Articles, true, true));
        string folder = "";
        foreach (var run in runs)
        {
            string corpus = run.Start == Start.ChangedCorpusAgain ? ChangedCopy(ctx, ctx.Data.Corpus(run.Articles)) : ctx.Data.Corpus(run.Articles);
            long generatedClaims = new CorpusGenerator(run.Articles, ctx.Options.Seed).Articles(run.Articles).Sum(a => (long)a.Claims.Count);
            if (run.Start == Start.ChangedCorpusAgain) generatedClaims += run.Articles;   // the added sentence states one figure
            if (run.Start == Start.Empty) folder = ctx.FreshFolder("ingest-store");
            IngestReport? result = null;
            int done = 0;
            string outcome = "done";
            var (wall, cpu) = Measure.TimeWithCpu(() =>
            {
                using var store = run.Durable ? QuadStoreFactory.OpenDirectory(folder) : QuadStoreFactory.InMemory();
                using var indexer = run.Index ? IngestIndexer.ForStore(folder, store) : null;
                using var cancel = new CancellationTokenSource(Budget);
                var progress = new SynchronousProgress(p => { if (p.Phase == "ingesting") done = p.Done; });
                try
                {
                    result = new ArticleIngestor(store, catalog, indexer is null ? [] : [indexer]).Ingest([corpus], progress, cancel.Token);
                    done = result.Articles;
                }
                catch (OperationCanceledException)
                {
                    outcome = $"stopped after {Budget.TotalSeconds:0} s";
                }
            });
            string storeName = (run.Durable ? "RocksDB" : "memory") + run.Start switch
            {
                Start.SameCorpusAgain => ", again: unchanged",
                Start.ChangedCorpusAgain => ", again: every article changed",
                _ => "",
            };
            r.Row(run.Articles.ToString("N0", Report.Inv), storeName, run.Index ? "yes" : "no",
                Report.Seconds(wall), Report.Seconds(cpu),
                (done / wall.TotalSeconds).ToString("N0", Report.Inv) + (outcome == "done" ? "" : $" ({done:N0} done)"),
                (done / cpu.TotalSeconds).ToString("N0", Report.Inv),
                result is null ? "-" : Report.Count(result.Sentences),
                result is null ? "-" : $"{Report.Count(result.Claims)} / {Report.Count(generatedClaims)}",
                result is null ? "-" : Report.Count(result.Warnings), outcome);
        }
        r.Note("The two runs marked 'again' ingest into the store of the first run: the same files (all unchanged), then a copy with one sentence " +
               "added to every article (each replaces its old version, which stays as superseded); the copy is made beforehand and not timed. " +
               "The time includes the first pass over every file (date evidence), the RocksDB commits and the index commit at the end; " +
               "the corpus files are generated beforehand and not timed. Articles are extracted on every core and written in file order, " +
               "in groups (group commit: one transaction per million quads or 5 s, each article whole); a stopped run commits the group it holds.");
    }

    /// <summary>A copy of a corpus with one sentence added to every article (made before the run, not timed).</summary>
    private static string ChangedCopy(BenchContext ctx, string corpus)
    {
        string copy = ctx.FreshFolder("ingest-changed-corpus");
        foreach (var file in Directory.EnumerateFiles(corpus, "*.txt"))
            File.WriteAllText(Path.Combine(copy, Path.GetFileName(file)), File.ReadAllText(file) + AddedSentence);
        return copy;
    }

    /// <summary>Progress reported on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
