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
    private readonly HashSet<IdQuad> _adds = new();     // absent from the committed state
    private readonly HashSet<IdQuad> _removes = new();  // present in the committed state
    private bool _finished;

    public MemoryTransaction(MemoryQuadStore store, MemoryState state) : base(store.Terms, state) => _store = store;

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
        if (_removes.Remove(encoded)) return true;
        if (_adds.Contains(encoded) || State.Contains(encoded)) return false;
        _adds.Add(encoded);
        return true;
    }

    public bool Remove(Quad quad)
    {
        ThrowIfFinished();
        if (!TryEncode(quad, out var encoded)) return false;
        if (_adds.Remove(encoded)) return true;
        if (_removes.Contains(encoded) || !State.Contains(encoded)) return false;
        _removes.Add(encoded);
        return true;
    }

    public void ClearGraph(Term? graph)
    {
        ThrowIfFinished();
        long graphId = TermIds.DefaultGraph;
        if (graph is not null && !TryGetId(graph, out graphId)) return;
        var pattern = new QuadPattern(TermIds.Any, TermIds.Any, TermIds.Any, graphId);
        foreach (var quad in Scan(pattern).ToList())
        {
            var encoded = ToIdQuad(quad);
            if (!_adds.Remove(encoded)) _removes.Add(encoded);
        }
    }

    public override IEnumerable<EncodedQuad> Scan(QuadPattern pattern)
    {
        foreach (var quad in State.Scan(pattern))
            if (_removes.Count == 0 || !_removes.Contains(ToIdQuad(quad)))
                yield return quad;
        foreach (var quad in _adds)
        {
            var encoded = quad.ToEncoded();
            if (IndexOrders.Matches(pattern, encoded)) yield return encoded;
        }
    }

    public override long EstimateCount(QuadPattern pattern)
    {
        long committed = State.Count(pattern);
        if (_adds.Count + _removes.Count > 4096) return committed + _adds.Count;   // an upper bound, kept cheap
        long added = _adds.Count(q => IndexOrders.Matches(pattern, q.ToEncoded()));
        long removed = _removes.Count(q => IndexOrders.Matches(pattern, q.ToEncoded()));
        return committed + added - removed;
    }

    public override IEnumerable<long> NamedGraphs()
    {
        var candidates = new SortedSet<long>(State.NamedGraphs());
        foreach (var quad in _adds)
            if (quad.G != TermIds.DefaultGraph) candidates.Add(quad.G);
        foreach (long graph in candidates)
            if (Scan(new QuadPattern(TermIds.Any, TermIds.Any, TermIds.Any, graph)).Any())
                yield return graph;
    }

    public void Commit()
    {
        ThrowIfFinished();
        _store.Commit(_newTerms, _adds, _removes);
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

    private static IdQuad ToIdQuad(EncodedQuad quad) => new((int)quad.Subject, (int)quad.Predicate, (int)quad.Object, (int)quad.Graph);
}
