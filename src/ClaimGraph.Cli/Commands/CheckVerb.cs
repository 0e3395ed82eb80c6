using System.CommandLine;
using ClaimGraph.Consistency.Reports;
using ClaimGraph.Extraction.Metrics;
using Spectre.Console;

namespace ClaimGraph.Cli.Commands;

/// <summary>
/// `claimgraph check [PATH]`: the main job. Ingests the articles into the embedded store, checks
/// every series of figures, stores the verdicts, prints the consistency summary and writes the HTML report.
/// </summary>
public sealed class CheckVerb : IVerb
{
    public int Order => 1;

    /// <summary>How many series the summary shows; the report has them all.</summary>
    private const int SummaryLines = 40;

    public Command Build()
    {
        var path = new Argument<string>("path")
        {
            Description = "A folder of article files (UTF-8 text), or one file",
            DefaultValueFactory = _ => "corpus",
        };
        var store = CommonOptions.Store();
        var output = new Option<FileInfo>("--out")
        {
            Description = "Where to write the HTML report",
            HelpName = "FILE",
            DefaultValueFactory = _ => new FileInfo("report.html"),
        };
        var command = new Command("check",
            "The main job: ingest the articles of PATH (default corpus/) into the embedded store, check which figures agree " +
            "over time and which conflict, store the verdicts as RDF, print the consistency summary and write the HTML report. " +
            "Articles already in the store are not ingested again. Exit code 0 when done (conflicts are findings, not errors), " +
            "3 when some files could not be ingested.")
        {
            path, store, output,
        };
        command.SetAction(pr => VerbRunner.Run(() => Run(pr.GetValue(path)!, pr.GetValue(store)!, pr.GetValue(output)!)));
        return command;
    }

    private static int Run(string path, DirectoryInfo storeDir, FileInfo outFile)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new UserError($"{path}: no such file or folder");
        bool terminal = !Console.IsOutputRedirected;

        using var quadStore = StoreOpener.Open(storeDir);
        var ingest = IngestVerb.Ingest(quadStore, storeDir.FullName, MetricCatalogLoader.BuiltIn(), [path]);
        foreach (var message in ingest.Messages) Console.Error.WriteLine("claimgraph: " + message);
        Console.WriteLine($"ingested {ingest.Articles} articles ({ingest.Written} written, {ingest.Articles - ingest.Written} unchanged, {ingest.Failed} failed): " +
                          $"{ingest.Sentences} sentences, {ingest.Claims} claims, {ingest.Warnings} warnings");

        var outcome = ReportWriting.Write(quadStore, ReportFormat.Html, outFile);
        PrintSummary(outcome.Summary, terminal);
        Console.WriteLine($"report: {outFile.FullName} (store version {outcome.Provenance.StoreVersion}; verdicts in the store: claimgraph sparql queries/verdicts.rq)");
        return ingest.Failed > 0 ? 3 : 0;
    }

    private static void PrintSummary(SummaryCounter summary, bool terminal)
    {
        var counts = string.Join(", ", summary.ByVerdict.OrderBy(kv => SummaryCounter.VerdictRank(kv.Key)).Select(kv => $"{kv.Value} {kv.Key}"));
        Console.WriteLine($"{summary.Series} series from {summary.Claims} claims: {counts}");
        var lines = summary.Lines.Take(SummaryLines).ToList();
        if (terminal)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumns("series", "kind", "verdict", "figures (as of)");
            foreach (var line in lines)
            {
                var colour = line.Verdict switch { "conflict" => "red", "possible-conflict" => "darkorange", "consistent" => "green", _ => "grey" };
                table.AddRow(Markup.Escape(line.Label), line.Kind, $"[{colour}]{line.Verdict}[/]", Markup.Escape(line.FigureList));
            }
            AnsiConsole.Write(table);
        }
        else
        {
            foreach (var line in lines)
                Console.WriteLine($"{line.Verdict,-17} {line.Label} [{line.Kind}]: {line.FigureList}");
        }
        if (summary.Lines.Count > lines.Count) Console.WriteLine($"... {summary.Lines.Count - lines.Count} more series in the report");
    }
}
