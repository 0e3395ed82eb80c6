namespace ClaimGraph.Store.Rocks;

/// <summary>
/// A bounded cache that threads share without locks: each key has one place, chosen by its hash, and
/// a new entry there replaces the old one. A read or a write is one reference load or store, so no
/// thread ever waits, and the cache never needs emptying. (A ConcurrentDictionary with a size bound
/// had to count its entries, which takes all its locks: a third of the waiting in a report over an
/// ingested store.) Meant for values that never change for a key, such as term ids and terms.
/// </summary>
internal sealed class DirectMappedCache<TKey, TValue> where TKey : notnull
{
    private sealed record Entry(TKey Key, TValue Value);

    private readonly Entry?[] _entries;
    private readonly int _shift;

    /// <param name="bits">The cache has 2^bits places.</param>
    public DirectMappedCache(int bits)
    {
        _entries = new Entry?[1 << bits];
        _shift = 32 - bits;
    }

    public bool TryGet(TKey key, out TValue value)
    {
        var entry = Volatile.Read(ref _entries[Place(key)]);
        if (entry is not null && EqualityComparer<TKey>.Default.Equals(entry.Key, key))
        {
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value) => Volatile.Write(ref _entries[Place(key)], new Entry(key, value));

    // Fibonacci hashing spreads sequential ids and weak hashes over the places.
    private int Place(TKey key) => (int)(((uint)key.GetHashCode() * 2654435769u) >> _shift);
}
