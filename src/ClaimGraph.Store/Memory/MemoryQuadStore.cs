using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Store.Memory;

/// <summary>
/// An in-memory <see cref="IQuadStore"/>. Committed data is an immutable <see cref="MemoryState"/>
/// swapped in whole at commit, so a snapshot is just a reference to the state of its moment.
/// </summary>
public sealed class MemoryQuadStore : IQuadStore
{
    private readonly TermDictionary _terms = new();
    private readonly SemaphoreSlim _writer = new(1, 1);
    private MemoryState _state = MemoryState.Empty;
    private bool _disposed;

    internal MemoryState State => Volatile.Read(ref _state);

    internal TermDictionary Terms => _terms;

    /// <summary>Quads in the store now.</summary>
    public long QuadCount => State.QuadCount;

    /// <summary>Terms in the dictionary now.</summary>
    public int TermCount => _terms.Count;

    /// <summary>Bytes held by the quad indexes (the dictionary excluded).</summary>
    public long IndexSizeInBytes => State.SizeInBytes;

    public IStoreSnapshot OpenSnapshot()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new MemorySnapshot(_terms, State);
    }

    /// <summary>Each term looked up in the dictionary, a hash table, <paramref name="mintedUnder"/> or not: that is cheap here.</summary>
    public long LookUpTerms(IReadOnlyList<Term> terms, Span<long> ids, string? mintedUnder = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var committed = new MemorySnapshot(_terms, State);   // a state reference: nothing to release
        for (int i = 0; i < terms.Count; i++)
            ids[i] = committed.TryGetId(terms[i], out long id) ? id : 0;
        return committed.Version;
    }

    /// <summary>Waits until no other transaction is open, then starts one.</summary>
    public IStoreTransaction BeginTransaction()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Wait();
        return new MemoryTransaction(this, State);
    }

    /// <summary>An ordinary transaction: the in-memory store has nothing to stage, so batches do not apply.</summary>
    public IBulkLoad BeginBulkLoad(int batchQuads = BulkLoadDefaults.BatchQuads) => new TransactionBulkLoad(BeginTransaction());

    internal void Commit(IReadOnlyList<Term> newTerms, IReadOnlyCollection<IdQuad> adds, IReadOnlyCollection<IdQuad> removes)
    {
        var current = State;
        // Build the new state before publishing anything, so a failure leaves no trace.
        var next = current.Apply(adds, removes, current.TermCount + newTerms.Count);
        _terms.Append(newTerms);
        Volatile.Write(ref _state, next);
    }

    internal void EndTransaction() => _writer.Release();

    public void Dispose() => _disposed = true;
}

/// <summary>Reads one committed state: the ids it can see and the quads it holds.</summary>
internal class MemoryReader : IQuadReader
{
    private protected readonly TermDictionary Terms;
    private protected readonly MemoryState State;

    public MemoryReader(TermDictionary terms, MemoryState state)
    {
        Terms = terms;
        State = state;
    }

    public virtual bool TryGetId(Term term, out long id)
    {
        if (Terms.TryGetId(term, out int found) && found < TermIds.FirstTermId + State.TermCount)
        {
            id = found;
            return true;
        }
        id = 0;
        return false;
    }

    public virtual Term GetTerm(long id)
    {
        if (id < TermIds.FirstTermId || id >= TermIds.FirstTermId + State.TermCount)
            throw new KeyNotFoundException($"term id {id} is not in this store");
        return Terms.Get((int)id);
    }

    public virtual IEnumerable<EncodedQuad> Scan(QuadPattern pattern) => State.Scan(pattern);

    public virtual long EstimateCount(QuadPattern pattern) => State.Count(pattern);

    public virtual IEnumerable<long> NamedGraphs() => State.NamedGraphs();
}

internal sealed class MemorySnapshot(TermDictionary terms, MemoryState state) : MemoryReader(terms, state), IStoreSnapshot
{
    public long Version => State.Version;

    public void Dispose() { }
}
