using ClaimGraph.Store;

namespace ClaimGraph.Cli;

/// <summary>Opens the store a verb's `--store DIR` names, turning store errors into one-line user errors.</summary>
public static class StoreOpener
{
    /// <summary>Opens a store that must already exist: for verbs that only read.</summary>
    public static IQuadStore OpenExisting(DirectoryInfo directory)
    {
        if (!directory.Exists)
            throw new UserError($"no store at {directory.FullName}: ingest articles first, e.g. `claimgraph check corpus --store {directory.Name}`");
        return Open(directory);
    }

    public static IQuadStore Open(DirectoryInfo directory)
    {
        try
        {
            return QuadStoreFactory.OpenDirectory(directory.FullName);
        }
        catch (StoreException e)
        {
            throw new UserError(e.Message);
        }
    }
}
