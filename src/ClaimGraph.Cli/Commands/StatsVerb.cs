using System.CommandLine;
using ClaimGraph.Store.Rocks;

namespace ClaimGraph.Cli.Commands;

/// <summary>`claimgraph stats`: how much the store holds.</summary>
public sealed class StatsVerb : IVerb
{
    public int Order => 90;

    public Command Build()
    {
        var store = CommonOptions.Store();
        var command = new Command("stats", "Print how many quads, terms and named graphs the store holds, and its version.") { store };
        command.SetAction(pr => VerbRunner.Run(() =>
        {
            var directory = pr.GetValue(store)!;
            if (!Directory.Exists(Path.Combine(directory.FullName, RocksQuadStore.DataFolderName)))
                throw new UserError($"no store at {directory.FullName}: load data first with `claimgraph load FILE... --store {directory}`");
            using var quadStore = (RocksQuadStore)StoreOpener.Open(directory);
            Console.WriteLine($"store         {directory.FullName}");
            Console.WriteLine($"quads         {quadStore.QuadCount:N0}");
            Console.WriteLine($"terms         {quadStore.TermCount:N0}");
            Console.WriteLine($"named graphs  {quadStore.NamedGraphCount:N0}");
            Console.WriteLine($"version       {quadStore.Version}");
            Console.WriteLine($"format        {RocksQuadStore.FormatVersion}");
            return 0;
        }));
        return command;
    }
}
