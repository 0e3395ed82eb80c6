using ClaimGraph.Search.Indexing;
using ClaimGraph.Search.Querying;
using ClaimGraph.Sparql;

namespace ClaimGraph.Search.Sparql;

/// <summary>
/// Gives `claimgraph sparql` the text:query function over the store's search index (found by
/// reflection). The index stays open for the life of the process; when the store has no index, the
/// function is not offered and a text:query pattern matches nothing, as an unknown predicate would.
/// </summary>
public sealed class TextQueryFunctionProvider : IPropertyFunctionProvider
{
    public IEnumerable<IPropertyFunction> Create(string storeDirectory)
    {
        if (!SearchIndex.ExistsInStore(storeDirectory)) yield break;
        yield return new TextQueryFunction(new SentenceSearcher(SearchIndex.OpenInStore(storeDirectory)));
    }
}
