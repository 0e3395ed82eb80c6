using ClaimGraph.Store.Memory;

namespace ClaimGraph.Store;

/// <summary>The one way to get a store: in memory, or durable in a folder.</summary>
public static class QuadStoreFactory
{
    /// <summary>A new, empty store that lives in memory only.</summary>
    public static IQuadStore InMemory() => new MemoryQuadStore();

    /// <summary>
    /// Opens the durable store in <paramref name="directory"/>, creating it when absent.
    /// Throws <see cref="StoreException"/> with a plain message when it cannot (in use by another
    /// process, not a store, written by a newer format).
    /// </summary>
    public static IQuadStore OpenDirectory(string directory) => Rocks.RocksQuadStore.Open(directory);
}

/// <summary>A store could not be opened or written, for a reason to show the user as one line.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
