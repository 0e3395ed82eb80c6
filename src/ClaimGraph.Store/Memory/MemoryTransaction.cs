using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Store.Memory;

/// <summary>
/// The write transaction of a <see cref="MemoryQuadStore"/>: new terms and changed quads are kept
/// here, apart from the committed state, until <see cref="Commit"/> applies them at once.
/// </summary>
internal sealed class MemoryTransaction : MemoryReader, IStoreTransaction
{
    private readonly MemoryQuadStore _store;
    private readonly Dictionary<Term, int> _newIds = new();
    private readonly List<Term> _newTerms = new();
    private readonly PendingQuads<IdQuad> _changes;
    private bool _finished;

    public MemoryTransaction(MemoryQuadStore store, MemoryState state) : base(store.Terms, state)
    {
        _store = store;
        _changes = new PendingQuads<IdQuad>(quad => state.Contains(quad));
    }

    private int FirstNewId => (int)TermIds.FirstTermId + State.TermCount;

    public override bool TryGetId(Term term, out long id)
    {
        if (base.TryGetId(term, out id)) return true;
        if (_newIds.TryGetValue(term, out int found))
        {
            id = found;
            return true;
        }
        return false;
    }

    public override Term GetTerm(long id)
    {
        long index = id - FirstNewId;
        return index >= 0 && index < _newTerms.Count ? _newTerms[(int)index] : base.GetTerm(id);
    }

    public long GetOrAddId(Term term)
    {
        ThrowIfFinished();
        ArgumentNullException.ThrowIfNull(term);
        if (TryGetId(term, out long id)) return id;
        if ((long)FirstNewId + _newTerms.Count >= int.MaxValue)
            throw new InvalidOperationException("the in-memory store holds at most 2^31 terms");
        int newId = FirstNewId + _newTerms.Count;
        _newTerms.Add(term);
        _newIds.Add(term, newId);
        return newId;
    }

    public bool Add(Quad quad)
    {
        ThrowIfFinished();
        var encoded = new IdQuad(
            (int)GetOrAddId(quad.Subject), (int)GetOrAddId(quad.Predicate), (int)GetOrAddId(quad.Object),
            quad.Graph is null ? (int)TermIds.DefaultGraph : (int)GetOrAddId(quad.Graph));
        return _changes.Add(encoded);
    }

    public void Add(QuadBatch batch)
    {
        ThrowIfFinished();
        // The committed dictionary is in memory: asking it again costs little, so no shortcut for unstored terms.
        foreach (var quad in batch.Encode(batch.Ids(State.Version, GetOrAddId, GetOrAddId)))
            _changes.AddFromBatch(IdQuad.From(quad), firstMintedId: FirstNewId);
    }

    public bool Remove(Quad quad)
    {
        ThrowIfFinished();
        return TryEncode(quad, out var encoded) && _changes.Remove(encoded);
    }

    public void ClearGraph(Term? graph)
    {
        ThrowIfFinished();
        long graphId = TermIds.DefaultGraph;
        if (graph is not null && !TryGetId(graph, out graphId)) return;
        _changes.RemoveAll(Scan(new QuadPattern(TermIds.Any, TermIds.Any, TermIds.Any, graphId)));
    }

    public override IEnumerable<EncodedQuad> Scan(QuadPattern pattern) => _changes.Overlay(State.Scan(pattern), pattern);

    public override long EstimateCount(QuadPattern pattern) => _changes.EstimateCount(State.Count(pattern), pattern);

    public override IEnumerable<long> NamedGraphs() => _changes.NamedGraphs(State.NamedGraphs(), Scan);

    public void Commit()
    {
        ThrowIfFinished();
        _store.Commit(_newTerms, _changes.Added, _changes.Removed);
        Finish();
    }

    public void Dispose()
    {
        if (!_finished) Finish();   // without Commit: nothing was published, so dropping our sets is the rollback
    }

    private void Finish()
    {
        _finished = true;
        _store.EndTransaction();
    }

    private void ThrowIfFinished()
    {
        if (_finished) throw new InvalidOperationException("the transaction is already committed or rolled back");
    }

    private bool TryEncode(Quad quad, out IdQuad encoded)
    {
        encoded = default;
        long graph = TermIds.DefaultGraph;
        if (!TryGetId(quad.Subject, out long s) || !TryGetId(quad.Predicate, out long p) || !TryGetId(quad.Object, out long o)
            || (quad.Graph is not null && !TryGetId(quad.Graph, out graph)))
            return false;
        encoded = new IdQuad((int)s, (int)p, (int)o, (int)graph);
        return true;
    }
}
