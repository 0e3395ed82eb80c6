using System.Collections.Concurrent;
using ClaimGraph.Rdf.Model;
using RocksDbSharp;

namespace ClaimGraph.Store.Rocks;

/// <summary>Reads the RocksDB store at one RocksDB snapshot.</summary>
internal class RocksReader : IQuadReader
{
    /// <summary>Ranges up to this many quads are counted exactly; larger ones are estimated from statistics.</summary>
    private const int ExactCountLimit = 10_000;

    private readonly DirectMappedCache<long, Term> _decoded = new(bits: 17);
    private readonly ConcurrentDictionary<QuadPattern, long> _counts = new();

    /// <summary>Iterators not in use, one pool per index order: a query may seek a million times, and making an iterator per seek was about a tenth of a report over an ingested store.</summary>
    private readonly ConcurrentBag<Iterator>[] _idleIterators = IndexOrders.All.Select(_ => new ConcurrentBag<Iterator>()).ToArray();

    private protected readonly RocksQuadStore Store;
    private protected readonly Snapshot Snapshot;
    private protected readonly ReadOptions ReadOptions;

    /// <summary>Ids below this were committed when the snapshot was taken.</summary>
    private protected readonly long IdLimit;

    private protected readonly StoreStatistics Statistics;
    private volatile bool _disposed;

    public RocksReader(RocksQuadStore store, Snapshot snapshot, long idLimit, StoreStatistics statistics)
    {
        Store = store;
        Snapshot = snapshot;
        ReadOptions = new ReadOptions().SetSnapshot(snapshot);
        IdLimit = idLimit;
        Statistics = statistics;
    }

    public long Version => Statistics.Version;

    public virtual bool TryGetId(Term term, out long id)
    {
        // Ids never change once committed, so the store-wide cache is right for every snapshot that
        // holds the id, i.e. every id below this snapshot's limit.
        if (Store.CachedTermIds.TryGet(term, out id) && id < IdLimit) return true;
        var bytes = Store.Db.Get(TermCodec.Key(term), Store.TermToId, ReadOptions);
        id = bytes is null ? 0 : QuadKeys.ReadId(bytes);
        if (bytes is not null) Store.CachedTermIds.Set(term, id);
        return bytes is not null;
    }

    public virtual Term GetTerm(long id)
    {
        if (_decoded.TryGet(id, out var term)) return term;
        var bytes = id < IdLimit && id >= TermIds.FirstTermId ? Store.Db.Get(QuadKeys.Id(id), Store.IdToTerm, ReadOptions) : null;
        if (bytes is null) throw new KeyNotFoundException($"term id {id} is not in this store");
        term = TermCodec.Decode(bytes);
        _decoded.Set(id, term);
        return term;
    }

    public virtual IEnumerable<EncodedQuad> Scan(QuadPattern pattern)
    {
        var plan = RocksIndexes.Plan(pattern);
        return plan.Shape switch
        {
            ScanShape.Range => ScanRange(plan.Range),
            ScanShape.RangeFilteredOnObject => ScanRange(plan.Range).Where(quad => quad.Object == pattern.Object),
            _ => ScanPerPredicate(plan.Range),
        };
    }

    private IEnumerable<EncodedQuad> ScanPerPredicate(QuadPattern pattern)
    {
        foreach (long predicate in Statistics.Predicates.Keys)
            foreach (var quad in ScanRange(pattern with { Predicate = predicate }))
                yield return quad;
    }

    /// <summary>The quads of a pattern that one range of a kept order holds exactly.</summary>
    private IEnumerable<EncodedQuad> ScanRange(QuadPattern pattern)
    {
        var (order, length) = IndexOrders.Choose(pattern, RocksIndexes.Kept);
        bool namedOnly = pattern.Graph == TermIds.AnyNamedGraph;
        byte[] lower;
        byte[]? upper;
        if (namedOnly && length == 0)
        {
            lower = QuadKeys.Leading(TermIds.FirstTermId);   // GSPO from the first named graph on
            upper = null;
        }
        else
        {
            lower = QuadKeys.Prefix(order, pattern, length);
            upper = length == 0 ? null : QuadKeys.UpperBound(lower);
        }
        return ReadKeys(order, lower, upper, namedOnly);
    }

    private IEnumerable<EncodedQuad> ReadKeys(IndexOrder order, byte[] lower, byte[]? upper, bool namedOnly)
    {
        // The upper bound is checked here rather than set on a ReadOptions: RocksDbSharp's ReadOptions is
        // released only by its finalizer, and one per scan cost a third of the CPU of a query doing many
        // small scans (series.rq over an ingested store). The reader's one ReadOptions serves every scan.
        var iterator = RentIterator(order);
        try
        {
            for (iterator.Seek(lower); iterator.Valid(); iterator.Next())
            {
                var key = iterator.GetKeySpan();
                if (upper is not null && key.SequenceCompareTo(upper) >= 0) break;
                var quad = QuadKeys.Read(order, key);
                if (namedOnly && quad.Graph == TermIds.DefaultGraph) continue;
                yield return quad;
            }
        }
        finally { ReturnIterator(order, iterator); }
    }

    private Iterator RentIterator(IndexOrder order)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _idleIterators[(int)order].TryTake(out var idle) ? idle : Store.Db.NewIterator(Store.Orders[(int)order], ReadOptions);
    }

    private void ReturnIterator(IndexOrder order, Iterator iterator)
    {
        _idleIterators[(int)order].Add(iterator);
        if (_disposed) DisposeIdleIterators();   // returned after Dispose emptied the pools
    }

    private void DisposeIdleIterators()
    {
        foreach (var pool in _idleIterators)
            while (pool.TryTake(out var iterator)) iterator.Dispose();
    }

    public virtual long EstimateCount(QuadPattern pattern) => _counts.GetOrAdd(pattern, CountCommitted);

    private protected long CountCommitted(QuadPattern pattern)
    {
        int mask = IndexOrders.BoundMask(pattern);
        bool namedOnly = pattern.Graph == TermIds.AnyNamedGraph;
        // Whole-store, per-predicate and per-graph counts are kept exactly.
        if (mask == 0) return namedOnly ? Statistics.Quads - Statistics.GraphCount(TermIds.DefaultGraph) : Statistics.Quads;
        if (mask == 2 && !namedOnly) return Statistics.PredicateCount(pattern.Predicate);
        if (mask == 8) return Statistics.GraphCount(pattern.Graph);
        long counted = 0;
        foreach (var _ in Scan(pattern))
            if (++counted >= ExactCountLimit) break;
        if (counted < ExactCountLimit) return counted;
        // A large range: its size is at most the smallest kept count that covers it.
        long bound = Statistics.Quads;
        if ((mask & 2) != 0) bound = Math.Min(bound, Statistics.PredicateCount(pattern.Predicate));
        if ((mask & 8) != 0) bound = Math.Min(bound, Statistics.GraphCount(pattern.Graph));
        return Math.Max(ExactCountLimit, bound);
    }

    public virtual IEnumerable<long> NamedGraphs()
    {
        var iterator = RentIterator(IndexOrder.Gspo);
        try
        {
            iterator.Seek(QuadKeys.Leading(TermIds.FirstTermId));
            while (iterator.Valid())
            {
                long graph = QuadKeys.ReadLeading(iterator.GetKeySpan());
                yield return graph;
                if (graph == RocksQuadStore.MaxTermId) break;
                iterator.Seek(QuadKeys.Leading(graph + 1));
            }
        }
        finally { ReturnIterator(IndexOrder.Gspo, iterator); }
    }

    /// <summary>True when the committed data at this snapshot holds the quad.</summary>
    internal bool ContainsCommitted(in EncodedQuad quad) =>
        Store.Db.HasKey(QuadKeys.Create(IndexOrder.Spog, quad), Store.Orders[(int)IndexOrder.Spog], ReadOptions);

    public virtual void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        DisposeIdleIterators();
        Snapshot.Dispose();
    }
}

internal sealed class RocksSnapshot(RocksQuadStore store, Snapshot snapshot, long idLimit, StoreStatistics statistics)
    : RocksReader(store, snapshot, idLimit, statistics), IStoreSnapshot;
