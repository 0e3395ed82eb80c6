using ClaimGraph.Store;

namespace ClaimGraph.Cli;

/// <summary>Opens the store a verb's `--store DIR` names, turning store errors into one-line user errors.</summary>
public static class StoreOpener
{
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
