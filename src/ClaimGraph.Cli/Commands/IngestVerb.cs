using System.CommandLine;
using ClaimGraph.Extraction.Ingest;
using ClaimGraph.Extraction.Metrics;
using ClaimGraph.Rdf.Syntax;
using ClaimGraph.Search.Indexing;
using ClaimGraph.Store;
using Spectre.Console;

namespace ClaimGraph.Cli.Commands;

/// <summary>`claimgraph ingest PATH...`: articles to numeric claims in the store (and the search index).</summary>
public sealed class IngestVerb : IVerb
{
    public int Order => 5;

    public Command Build()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files (UTF-8 text) or folders (every *.txt below them; a metadata.tsv there gives publication dates)",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = CommonOptions.Store();
        var metrics = new Option<FileInfo?>("--metrics")
        {
            Description = "Metric catalog (Turtle, SKOS concepts as in ontology/metrics.ttl) to use instead of the built-in one",
            HelpName = "FILE",
        };
        var noIndex = new Option<bool>("--no-index") { Description = "Do not update the full-text search index (DIR/search)" };
        var command = new Command("ingest",
            "Read news articles, turn every figure of every sentence into an RDF claim with its provenance " +
            "(one nanopublication per article) and index the sentences for search. " +
            "Each article is stored whole or not at all; articles are committed in groups (group commit: a million quads or 5 seconds of work), " +
            "so a crash loses at most the articles of the last group, each whole, and running the same command again stores them. " +
            "Unchanged articles are left alone; a changed article replaces its old version, which stays in the registry as superseded. " +
            "Bad files are reported and skipped; the exit code is 1 when any file failed. A store that cannot be written (a full disk) stops the run with one error; the groups committed before it stay, and running the same command again, once there is room, stores the rest.")
        {
            paths, store, metrics, noIndex,
        };
        command.SetAction(pr => VerbRunner.Run(() => Run(pr.GetValue(paths)!, pr.GetValue(store)!, pr.GetValue(metrics), pr.GetValue(noIndex))));
        return command;
    }

    private static int Run(string[] paths, DirectoryInfo storeDirectory, FileInfo? metricsFile, bool noIndex)
    {
        MetricCatalog catalog;
        try
        {
            catalog = metricsFile is null ? MetricCatalogLoader.BuiltIn() : MetricCatalogLoader.FromFile(metricsFile.FullName);
        }
        catch (RdfSyntaxException e) { throw new UserError(e.Message); }
        catch (IOException e) { throw new UserError($"{metricsFile?.FullName}: cannot be read: {e.Message}"); }

        using var quadStore = StoreOpener.Open(storeDirectory);
        var report = Ingest(quadStore, storeDirectory.FullName, catalog, paths, index: !noIndex);
        foreach (var message in report.Messages) Console.Error.WriteLine("claimgraph: " + message);
        int added = report.Files.Count(f => f.Outcome == FileOutcome.Added);
        int replaced = report.Files.Count(f => f.Outcome == FileOutcome.Replaced);
        int unchanged = report.Files.Count(f => f.Outcome == FileOutcome.Unchanged);
        Console.WriteLine($"ingested {report.Articles} article(s) into {storeDirectory.FullName}: {added} added, {replaced} replaced, {unchanged} unchanged, {report.Failed} failed; " +
                          $"{report.Sentences} sentences, {report.Claims} claims, {report.Warnings} warning(s)");
        return report.Failed > 0 ? 1 : 0;
    }

    /// <summary>
    /// The ingest `claimgraph ingest` and `claimgraph check` run: articles into the store and, unless
    /// <paramref name="index"/> is false, their sentences into the search index beside it, kept in step
    /// (<see cref="IngestIndexer.ForStore"/>, which the benchmark uses too). A progress bar on a terminal.
    /// </summary>
    internal static IngestReport Ingest(IQuadStore store, string storeDirectory, MetricCatalog catalog, string[] paths, bool index = true)
    {
        IngestIndexer? indexer = null;
        try
        {
            if (index) indexer = IngestIndexer.ForStore(storeDirectory, store);
            var ingestor = new ArticleIngestor(store, catalog, indexer is null ? [] : [indexer]);
            return AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected
                ? WithProgressBar(ingestor, paths)
                : ingestor.Ingest(paths);
        }
        catch (StoreException e) { throw new UserError(e.Message); }
        catch (SearchIndexException e) { throw new UserError(e.Message); }
        finally { indexer?.Dispose(); }
    }

    internal static IngestReport WithProgressBar(ArticleIngestor ingestor, string[] paths)
    {
        IngestReport? report = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("ingesting", maxValue: 1);
                var progress = new SynchronousProgress(p =>
                {
                    task.Description = p.Phase;
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                report = ingestor.Ingest(paths, progress);
                task.Value = task.MaxValue;
            });
        return report!;
    }

    /// <summary>IProgress that reports on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
