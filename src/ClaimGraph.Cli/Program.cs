using System.CommandLine;
using ClaimGraph.Cli.Commands;

namespace ClaimGraph.Cli;

public static class Program
{
    public static int Main(string[] args) => BuildRootCommand().Parse(args).Invoke();

    /// <summary>Every verb of the `claimgraph` command. Each verb lives in its own file under Commands/.</summary>
    public static RootCommand BuildRootCommand() => new("ClaimGraph: numeric claims from news articles as an RDF knowledge graph, with SPARQL, full-text search and consistency reports.")
    {
        VersionCommand.Create(),
    };
}
