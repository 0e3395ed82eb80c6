using System.CommandLine;
using System.Diagnostics;
using ClaimGraph.Search.Indexing;
using ClaimGraph.Store;

namespace ClaimGraph.Cli.Commands;

/// <summary>`claimgraph reindex`: rebuild the full-text index from what the store holds.</summary>
public sealed class ReindexVerb : IVerb
{
    public int Order => 45;

    public Command Build()
    {
        var store = CommonOptions.Store();
        var command = new Command("reindex",
            "Rebuild the full-text search index (DIR/search) from the ingested RDF in the store, by SPARQL. " +
            "Ingest keeps the index in step by itself; use this after copying a store or to repair an index.")
        {
            store,
        };
        command.SetAction(pr => VerbRunner.Run(() =>
        {
            var storeDir = pr.GetValue(store)!.FullName;
            if (!Directory.Exists(storeDir))
                throw new UserError($"no store at {storeDir}: ingest articles first with `claimgraph ingest FILE... --store {storeDir}`");
            var clock = Stopwatch.StartNew();
            using var quads = OpenStore(storeDir);
            try
            {
                int articles = StoreIndexSync.Rebuild(storeDir, quads);
                Console.WriteLine($"reindexed {articles} article{(articles == 1 ? "" : "s")} from {storeDir} in {clock.Elapsed.TotalSeconds:0.0} s");
                return 0;
            }
            catch (SearchIndexException e)
            {
                throw new UserError(e.Message);
            }
        }));
        return command;
    }

    internal static IQuadStore OpenStore(string storeDir)
    {
        try
        {
            return QuadStoreFactory.OpenDirectory(storeDir);
        }
        catch (StoreException e)
        {
            throw new UserError($"cannot open the store at {storeDir}: {e.Message}");
        }
    }
}
