using ClaimGraph.Store;

namespace ClaimGraph.Search.Indexing;

/// <summary>
/// Opens a store's search index in step with the store: when the version the index recorded at its
/// last commit is not the store's current version (a crash between the store's commit and the
/// index's, or an index never built), the index is rebuilt from the store before use.
/// </summary>
public static class StoreIndexSync
{
    /// <summary>Opens <c>storeDirectory/search</c>, rebuilding it from <paramref name="store"/> if it lags. <paramref name="rebuilt"/> says whether it did.</summary>
    public static SearchIndex OpenInStep(string storeDirectory, IQuadStore store, out bool rebuilt)
    {
        var index = SearchIndex.OpenInStore(storeDirectory);
        try
        {
            using var snapshot = store.OpenSnapshot();
            rebuilt = index.EnsureInStep(snapshot.Version, () => StoreArticleReader.Read(snapshot));
            return index;
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    /// <summary>Rebuilds the index of a store from scratch. Returns how many articles it indexed.</summary>
    public static int Rebuild(string storeDirectory, IQuadStore store)
    {
        using var index = SearchIndex.OpenInStore(storeDirectory);
        using var snapshot = store.OpenSnapshot();
        return index.Rebuild(StoreArticleReader.Read(snapshot), snapshot.Version);
    }
}
