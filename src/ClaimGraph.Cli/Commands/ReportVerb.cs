using System.CommandLine;
using ClaimGraph.Consistency.Checking;
using ClaimGraph.Consistency.Reports;
using ClaimGraph.Sparql;
using ClaimGraph.Store;

namespace ClaimGraph.Cli.Commands;

/// <summary>`claimgraph report`: the consistency report of what is in the store, as JSON, Markdown or HTML.</summary>
public sealed class ReportVerb : IVerb
{
    public int Order => 60;

    public Command Build()
    {
        var store = CommonOptions.Store();
        var format = new Option<string?>("--format")
        {
            Description = "json, md or html; by default the --out file's extension decides, else json",
            HelpName = "json|md|html",
        };
        format.AcceptOnlyFromAmong("json", "md", "html");
        var output = new Option<FileInfo?>("--out") { Description = "Write the report to this file instead of standard output", HelpName = "FILE" };

        var command = new Command("report",
            "Check the claims in the store and write the consistency report: every series (one metric, kind and unit) " +
            "with its figures in as-of order, its verdict (consistent, conflict, possible-conflict, single), the findings " +
            "behind it and the sentences and articles they come from. The HTML report charts every series of more than one " +
            "figure. The verdicts are also stored back in the store (see queries/verdicts.rq).")
        {
            store, format, output,
        };
        command.SetAction(pr => VerbRunner.Run(() =>
        {
            var outFile = pr.GetValue(output);
            var chosen = pr.GetValue(format) is string name ? ReportFormats.FromName(name)
                         : outFile is not null ? ReportFormats.FromFileName(outFile.Name) ?? ReportFormat.Json
                         : ReportFormat.Json;
            using var quadStore = StoreOpener.OpenExisting(pr.GetValue(store)!);
            var outcome = ReportWriting.Write(quadStore, chosen!.Value, outFile);
            if (outFile is not null)
                Console.Error.WriteLine($"claimgraph: wrote {outFile.FullName} ({outcome.Summary.Series} series, store version {outcome.Provenance.StoreVersion})");
            return 0;
        }));
        return command;
    }
}

/// <summary>Runs the check and writes one report, to a file (written whole, then moved into place) or to standard output.</summary>
internal static class ReportWriting
{
    public static ConsistencyRun.Outcome Write(IQuadStore store, ReportFormat format, FileInfo? outFile)
    {
        try
        {
            if (outFile is null)
            {
                using var stdout = Console.OpenStandardOutput();
                using var writer = ReportFormats.Create(format, stdout);
                return ConsistencyRun.Execute(store, [writer]);
            }
            var partial = outFile.FullName + ".partial";
            ConsistencyRun.Outcome outcome;
            using (var file = File.Create(partial))
            using (var writer = ReportFormats.Create(format, file))
                outcome = ConsistencyRun.Execute(store, [writer]);
            File.Move(partial, outFile.FullName, overwrite: true);
            return outcome;
        }
        catch (UnauthorizedAccessException e) { throw new UserError($"{outFile?.FullName}: cannot write the report: {e.Message}"); }
        catch (DirectoryNotFoundException) { throw new UserError($"{outFile?.FullName}: the folder does not exist"); }
        catch (QueryTimeoutException e) { throw new UserError("consistency check: " + e.Message); }
    }
}
