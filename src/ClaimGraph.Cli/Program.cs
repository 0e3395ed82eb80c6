using Spectre.Console;
using System.CommandLine;

namespace ClaimGraph.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // Piped tables keep their natural width: without a terminal Spectre.Console assumes 80 columns and cuts every cell.
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 1_000;
        return BuildRootCommand().Parse(args).Invoke();
    }

    /// <summary>
    /// Every verb of the `claimgraph` command: each is a class in Commands/ implementing <see cref="IVerb"/>,
    /// found here by reflection so that adding a verb touches only its own file.
    /// </summary>
    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand("ClaimGraph: numeric claims from news articles as an RDF knowledge graph, with SPARQL, full-text search and consistency reports.");
        var verbs = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IVerb).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => (IVerb)Activator.CreateInstance(t)!)
            .OrderBy(v => v.Order).ThenBy(v => v.GetType().Name, StringComparer.Ordinal);
        foreach (var verb in verbs) root.Subcommands.Add(verb.Build());
        return root;
    }
}

/// <summary>One verb of the command line. Implementations need a public parameterless constructor.</summary>
public interface IVerb
{
    /// <summary>Where the verb is listed in --help: lower first.</summary>
    int Order => 100;

    Command Build();
}
