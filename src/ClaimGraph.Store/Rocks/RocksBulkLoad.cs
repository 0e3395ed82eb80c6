using ClaimGraph.Rdf.Model;
using RocksDbSharp;

namespace ClaimGraph.Store.Rocks;

/// <summary>
/// The bulk load of a <see cref="RocksQuadStore"/>. Terms are encoded to ids through an in-memory
/// dictionary as quads arrive; every full batch of quads is sorted, cleared of repeats and written as
/// staged SST files (both dictionary families and the kept index orders) on a background thread
/// while the next batch fills. Commit ingests every staged file as one commit (see <see cref="SstStaging"/>),
/// so a load that fails or is killed before it ends leaves the store as it was.
/// Memory: the batch being filled and the one being staged, the term dictionary of the load, and
/// the sorted SPOG keys of the staged batches (16 bytes a quad), kept to count a quad that two
/// batches repeat once.
/// </summary>
internal sealed class RocksBulkLoad : IBulkLoad
{
    private readonly RocksQuadStore _store;
    private readonly RocksSnapshot _committed;   // the store as the load found it
    private readonly StoreStatistics _statistics;
    private readonly SstStaging _staging;
    private readonly int _batchQuads;
    private readonly Dictionary<Term, long> _storedIds = new();   // terms of the load the store held before
    private readonly NewTermTable _newTerms;
    private readonly StoreStatistics.Delta _delta = new();
    private readonly List<UInt128[]> _stagedBatches = new();   // each batch's SPOG keys, sorted, each once

    private EncodedQuad[] _batch;
    private EncodedQuad[]? _freeBatch;
    private int _count;
    private int _batchFirstTerm;   // the first of the table's terms that the batch being filled gave ids
    private Task? _stagingTask;
    private bool _finished;

    public RocksBulkLoad(RocksQuadStore store, Snapshot snapshot, StoreStatistics statistics, int batchQuads)
    {
        _store = store;
        _statistics = statistics;
        _committed = new RocksSnapshot(store, snapshot, statistics.NextId, statistics);
        _batchQuads = batchQuads;
        _batch = new EncodedQuad[Math.Min(batchQuads, 4096)];
        _newTerms = store.RentTermTable(statistics.NextId);
        _staging = new SstStaging(store);
    }

    public void Add(Quad quad)
    {
        if (_finished) throw new InvalidOperationException("the bulk load is already committed or abandoned");
        var encoded = new EncodedQuad(Id(quad.Subject), Id(quad.Predicate), Id(quad.Object),
            quad.Graph is null ? TermIds.DefaultGraph : Id(quad.Graph));
        if (_count == _batch.Length)
        {
            if (_batch.Length < _batchQuads) Array.Resize(ref _batch, (int)Math.Min(2L * _batch.Length, _batchQuads));
            else StageBatch();
        }
        _batch[_count++] = encoded;
    }

    public long Commit()
    {
        if (_finished) throw new InvalidOperationException("the bulk load is already committed or abandoned");
        StageBatch();
        WaitForStaging();
        if (_delta.Quads > 0)
        {
            var next = _statistics.Apply(_delta, _newTerms.NextId, out var predicates, out var graphs);
            _store.Writing(() => _store.CommitStaged(_staging, next, predicates, graphs));
        }
        // With no new quad there is no new term either, and the staged keys are all in the store already.
        Finish();
        return _delta.Quads;
    }

    public void Dispose()
    {
        if (_finished) return;
        try { _stagingTask?.Wait(); }
        catch (AggregateException) { }   // abandoned anyway; the staged files go with the folder
        Finish();
    }

    private void Finish()
    {
        _finished = true;
        _staging.Dispose();
        _committed.Dispose();
        _store.ReturnTermTable(_newTerms);
        _store.EndTransaction();
    }

    /// <summary>The id of a term: one this load gave, else the store's, else a new one.</summary>
    private long Id(Term term)
    {
        // Into an empty store every term is this load's: one probe of the table, which adds it if new.
        if (_statistics.NextId == TermIds.FirstTermId) return _newTerms.GetOrAdd(term);
        if (_newTerms.TryGetId(term, out long id) || _storedIds.TryGetValue(term, out id)) return id;
        if (_committed.TryGetId(term, out id)) return _storedIds[term] = id;
        return _newTerms.GetOrAdd(term);
    }

    /// <summary>Hands the filled batch to the background thread (after the one before it is staged) and starts the next.</summary>
    private void StageBatch()
    {
        WaitForStaging();
        var (batch, count, terms) = (_batch, _count, _newTerms.Since(_batchFirstTerm));
        if (count == 0) return;
        _stagingTask = Task.Run(() => Stage(batch, count, terms));
        _batch = _freeBatch ?? new EncodedQuad[batch.Length];
        _freeBatch = batch;   // free again once the task just started has finished
        _count = 0;
        _batchFirstTerm = _newTerms.Count;
    }

    private void WaitForStaging()
    {
        if (_stagingTask is { } staging) _store.Writing(() => staging.GetAwaiter().GetResult());   // a staging error surfaces here
        _stagingTask = null;
    }

    /// <summary>Sorts one batch, counts the quads that are new, and writes its files.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]   // runs once per batch: too few calls for tiering
    private void Stage(EncodedQuad[] batch, int count, NewTerms terms)
    {
        long firstId = terms.Id(0);
        var keys = StagedContent.SortedUniqueKeys(IndexOrder.Spog, new ArraySegment<EncodedQuad>(batch, 0, count));
        foreach (var key in keys)
        {
            var quad = QuadKeys.Unpack(IndexOrder.Spog, key);
            if (IsNew(quad, key, firstId)) _delta.Count(quad, 1);
        }
        Parallel.Invoke(
            () => StagedContent.WriteTerms(_staging, terms),
            () => StagedContent.WriteAdds(_staging, keys, keys.Length, firstId));
        _stagedBatches.Add(keys);
    }

    /// <summary>True when neither the store nor an earlier batch holds the quad.</summary>
    private bool IsNew(in EncodedQuad quad, UInt128 key, long batchFirstId)
    {
        long newest = Math.Max(Math.Max(quad.Subject, quad.Predicate), Math.Max(quad.Object, quad.Graph));
        if (newest >= batchFirstId) return true;   // it has a term first seen in this batch
        foreach (var earlier in _stagedBatches)
            if (earlier.AsSpan().BinarySearch(key) >= 0) return false;
        return _statistics.Quads == 0 || newest >= _statistics.NextId || !_committed.ContainsCommitted(quad);
    }
}
