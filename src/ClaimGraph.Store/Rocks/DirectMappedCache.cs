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

    private readonly int _bits;
    private Entry?[]? _entries;   // made at the first Set: a reader that never decodes a term costs nothing

    /// <param name="bits">The cache has 2^bits places.</param>
    public DirectMappedCache(int bits) => _bits = bits;

    public bool TryGet(TKey key, out TValue value)
    {
        var entries = Volatile.Read(ref _entries);
        var entry = entries is null ? null : Volatile.Read(ref entries[Place(key)]);
        if (entry is not null && EqualityComparer<TKey>.Default.Equals(entry.Key, key))
        {
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value)
    {
        var entries = Volatile.Read(ref _entries);
        if (entries is null)
        {
            Interlocked.CompareExchange(ref _entries, new Entry?[1 << _bits], null);
            entries = _entries!;
        }
        Volatile.Write(ref entries[Place(key)], new Entry(key, value));
    }

    // Fibonacci hashing spreads sequential ids and weak hashes over the places.
    private int Place(TKey key) => (int)(((uint)key.GetHashCode() * 2654435769u) >> (32 - _bits));
}
