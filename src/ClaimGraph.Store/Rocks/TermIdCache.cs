using System.Collections.Concurrent;
using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Store.Rocks;

/// <summary>
/// Term to id for committed terms found in the dictionary, so that terms every write and query
/// repeats (predicates, classes, units, common literals) skip the RocksDB lookup. Committed ids
/// never change, so an entry never goes stale; the cache is emptied when it grows past its bound,
/// and hot terms come back at once.
/// </summary>
internal sealed class TermIdCache(int capacity = 200_000)
{
    private readonly ConcurrentDictionary<Term, long> _ids = new();

    public bool TryGet(Term term, out long id) => _ids.TryGetValue(term, out id);

    public void Remember(Term term, long id)
    {
        if (_ids.Count >= capacity) _ids.Clear();
        _ids[term] = id;
    }
}
