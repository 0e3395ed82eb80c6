using System.CommandLine;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Syntax;
using ClaimGraph.Store;
using ClaimGraph.Store.Loading;
using Spectre.Console;

namespace ClaimGraph.Cli.Commands;

/// <summary>`claimgraph load FILE...`: bulk-loads RDF files into the store, all or nothing.</summary>
public sealed class LoadVerb : IVerb
{
    public int Order => 10;

    public Command Build()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "RDF files: .nt (N-Triples), .nq (N-Quads), .ttl (Turtle), .trig (TriG)",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = CommonOptions.Store();
        var graph = new Option<string?>("--graph")
        {
            Description = "Put the files' default-graph triples into this named graph (an absolute IRI)",
            HelpName = "IRI",
        };
        var command = new Command("load",
            "Load RDF files into the store as one transaction: every file is parsed before anything is stored, " +
            "so a bad file leaves the store exactly as it was. The format comes from each file's extension.")
        {
            files, store, graph,
        };
        command.SetAction(pr => VerbRunner.Run(() => Run(pr.GetValue(files)!, pr.GetValue(store)!, pr.GetValue(graph))));
        return command;
    }

    private static int Run(string[] files, DirectoryInfo storeDirectory, string? graph)
    {
        Iri? target = null;
        if (graph is not null)
        {
            if (!graph.Contains(':') || graph.Any(c => c <= ' ' || c is '<' or '>' or '"'))
                throw new UserError($"--graph {graph}: not an absolute IRI");
            target = new Iri(graph);
        }
        using var quadStore = StoreOpener.Open(storeDirectory);
        LoadSummary summary;
        try
        {
            summary = AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected
                ? LoadWithProgressBar(quadStore, files, target)
                : new RdfLoader(quadStore) { TargetGraph = target }.Load(files);
        }
        catch (RdfSyntaxException e)
        {
            throw new UserError(e.Message + " (nothing was loaded)");
        }
        catch (StoreException e)
        {
            throw new UserError(e.Message);
        }

        foreach (var empty in summary.EmptyFiles)
            Console.Error.WriteLine($"claimgraph: {empty}: holds no triples or quads");
        Console.WriteLine(
            $"loaded {summary.QuadsAdded:N0} new quads ({summary.QuadsRead:N0} read) from {summary.Files} file(s) " +
            $"into {storeDirectory.FullName} in {summary.Elapsed.TotalSeconds:0.00} s ({summary.QuadsPerSecond:N0} quads/s)");
        return 0;
    }

    private static LoadSummary LoadWithProgressBar(IQuadStore store, string[] files, Iri? target)
    {
        LoadSummary? summary = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("loading", maxValue: 1);
                var loader = new RdfLoader(store)
                {
                    TargetGraph = target,
                    Progress = (done, total) =>
                    {
                        task.MaxValue = Math.Max(1, total);
                        task.Value = done;
                    },
                };
                summary = loader.Load(files);
                task.Description = "committed";
                task.Value = task.MaxValue;
            });
        return summary!;
    }
}
