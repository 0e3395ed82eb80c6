using System.CommandLine;
using ClaimGraph.Search.Indexing;
using ClaimGraph.Search.Querying;
using ClaimGraph.Store;

namespace ClaimGraph.Cli.Commands;

/// <summary>`claimgraph search QUERY`: full-text search over the ingested sentences.</summary>
public sealed class SearchVerb : IVerb
{
    public int Order => 40;

    public Command Build()
    {
        var query = new Argument<string>("query")
        {
            Description = "A query in Lucene's classic syntax: words, \"phrases\", AND/OR/NOT, +must -mustnot, fuzzy~1, wild*cards, " +
                          "and fields: article:FILE, published:[2021-01-01 TO 2021-03-01], metric:NAME",
        };
        var store = CommonOptions.Store();
        var limit = new Option<int>("--limit") { Description = "How many hits to show", DefaultValueFactory = _ => 10 };
        var format = new Option<string>("--format") { Description = "json or text", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("json", "text");
        var byMetric = new Option<bool>("--by-metric") { Description = "Instead of hits, count the matching sentences per metric they claim" };

        var command = new Command("search",
            "Search the sentences of the ingested articles. Hits are ranked and show the article, publication date, " +
            "sentence, score, the matched words (code point offsets into the article) and the claims made in the sentence.")
        {
            query, store, limit, format, byMetric,
        };
        command.SetAction(pr => VerbRunner.Run(() =>
        {
            var storeDir = pr.GetValue(store)!.FullName;
            if (pr.GetValue(limit) < 1) throw new UserError("--limit must be at least 1");
            using var index = SearchIndexOpener.OpenForReading(storeDir);
            var searcher = new SentenceSearcher(index);
            try
            {
                if (pr.GetValue(byMetric))
                {
                    foreach (var (metric, count) in searcher.CountByMetric(pr.GetValue(query)!))
                        Console.WriteLine($"{count,8}  {metric}");
                    return 0;
                }
                var results = searcher.Search(pr.GetValue(query)!, pr.GetValue(limit));
                if (pr.GetValue(format) == "json")
                {
                    using var stdout = Console.OpenStandardOutput();
                    HitFormatter.WriteJson(results, stdout);
                }
                else
                {
                    var marks = Console.IsOutputRedirected ? HitFormatter.Marks.Brackets : HitFormatter.Marks.AnsiBold;
                    HitFormatter.WriteText(results, Console.Out, marks);
                }
                return 0;
            }
            catch (QuerySyntaxException e)
            {
                throw new UserError(e.Message, 2);
            }
        }));
        return command;
    }
}

/// <summary>Opens a store's search index for the verbs, in step with the store, with the errors a user can act on.</summary>
internal static class SearchIndexOpener
{
    public static SearchIndex OpenForReading(string storeDir)
    {
        if (!Directory.Exists(storeDir))
            throw new UserError($"no store at {storeDir}: ingest articles first with `claimgraph ingest FILE... --store {storeDir}`");
        if (!SearchIndex.ExistsInStore(storeDir))
            throw new UserError($"no search index in {storeDir}: build it with `claimgraph ingest FILE... --store {storeDir}` or `claimgraph reindex --store {storeDir}`");
        IQuadStore store;
        try
        {
            store = QuadStoreFactory.OpenDirectory(storeDir);
        }
        catch (StoreException e)
        {
            // Another process (an ingest) may hold the store: search the index as it was last committed.
            Console.Error.WriteLine($"claimgraph: cannot check the index against the store ({e.Message}); searching it as last committed");
            return SearchIndex.OpenInStore(storeDir);
        }
        using var _ = store;
        try
        {
            var index = StoreIndexSync.OpenInStep(storeDir, store, out bool rebuilt);
            if (rebuilt) Console.Error.WriteLine($"claimgraph: the search index was behind the store; rebuilt it from the store");
            return index;
        }
        catch (SearchIndexException e)
        {
            throw new UserError(e.Message);
        }
    }
}
