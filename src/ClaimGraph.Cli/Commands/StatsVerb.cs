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
        var command = new Command("stats", "Print how many quads, terms and named graphs the store holds, its version, and the disk its table files take per column family.") { store };
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
            var usage = quadStore.DiskUsage();
            Console.WriteLine($"table files   {Bytes(usage.Sum(u => u.Bytes))}: {string.Join(", ", usage.Where(u => u.Bytes > 0).Select(u => $"{u.Family} {Bytes(u.Bytes)}"))}");
            return 0;
        }));
        return command;
    }

    private static string Bytes(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.0} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.0} MiB",
        >= 1L << 10 => $"{bytes / (double)(1L << 10):0.0} KiB",
        _ => $"{bytes} B",
    };
}
