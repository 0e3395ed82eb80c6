using System.CommandLine;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Syntax;
using ClaimGraph.Store;
using ClaimGraph.Store.Loading;
using Spectre.Console;

namespace ClaimGraph.Cli.Commands;

/// <summary>`claimgraph load FILE...`: bulk-loads RDF files into the store, all or nothing (<see cref="RdfLoader"/>).</summary>
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
        var batch = new Option<int>("--batch")
        {
            Description = "Quads sorted and staged at a time; fewer use less memory",
            HelpName = "QUADS",
            DefaultValueFactory = _ => BulkLoadDefaults.BatchQuads,
        };
        var command = new Command("load",
            "Load RDF files into the store, all or nothing. The files are parsed and their quads sorted in batches, " +
            "which are staged beside the store; nothing is stored until every file has been read, then every batch " +
            "is committed at once. A bad file, an error or a process killed before that commit leaves the store " +
            "exactly as it was; one killed during the commit is completed when the store is next opened. " +
            "The format comes from each file's extension.")
        {
            files, store, graph, batch,
        };
        command.SetAction(pr => VerbRunner.Run(() => Run(pr.GetValue(files)!, pr.GetValue(store)!, pr.GetValue(graph), pr.GetValue(batch))));
        return command;
    }

    private static int Run(string[] files, DirectoryInfo storeDirectory, string? graph, int batch)
    {
        if (batch < 1) throw new UserError($"--batch {batch}: give a number of quads, at least 1");
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
                ? LoadWithProgressBar(quadStore, files, target, batch)
                : new RdfLoader(quadStore) { TargetGraph = target, BatchQuads = batch }.Load(files);
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

    private static LoadSummary LoadWithProgressBar(IQuadStore store, string[] files, Iri? target, int batch)
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
                    BatchQuads = batch,
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
