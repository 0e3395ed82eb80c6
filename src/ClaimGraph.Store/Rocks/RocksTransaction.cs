using ClaimGraph.Rdf.Model;
using RocksDbSharp;

namespace ClaimGraph.Store.Rocks;

/// <summary>
/// The write transaction of a <see cref="RocksQuadStore"/>: reads the committed data at a snapshot and
/// keeps its own new terms and changed quads in memory until <see cref="Commit"/> writes them as one batch.
/// </summary>
internal sealed class RocksTransaction : RocksReader, IStoreTransaction
{
    private readonly Dictionary<Term, long> _storedIds = new();   // committed terms this transaction has looked up
    private readonly NewTermTable _newTerms;
    private readonly PendingQuads<EncodedQuad> _changes;
    private readonly bool _startedEmpty;
    private readonly bool _dictionaryStartedEmpty;
    private bool _finished;

    public RocksTransaction(RocksQuadStore store, Snapshot snapshot, long idLimit, StoreStatistics statistics)
        : base(store, snapshot, idLimit, statistics)
    {
        _newTerms = store.RentTermTable(idLimit);
        _startedEmpty = statistics.Quads == 0;
        _dictionaryStartedEmpty = idLimit == TermIds.FirstTermId;
        _changes = new PendingQuads<EncodedQuad>(IsCommitted);
    }

    public override bool TryGetId(Term term, out long id)
    {
        if (_storedIds.TryGetValue(term, out id) || _newTerms.TryGetId(term, out id)) return true;
        if (_dictionaryStartedEmpty || !base.TryGetId(term, out id)) return false;
        _storedIds[term] = id;
        return true;
    }

    public override Term GetTerm(long id) => id >= IdLimit && id < _newTerms.NextId ? _newTerms.GetTerm(id) : base.GetTerm(id);

    public long GetOrAddId(Term term)
    {
        ThrowIfFinished();
        ArgumentNullException.ThrowIfNull(term);
        return TryGetId(term, out long id) ? id : _newTerms.GetOrAdd(term);
    }

    /// <summary>The id of a term the committed dictionary does not hold: this transaction's, or a new one.</summary>
    private long GetOrAddUnstoredId(Term term) => _newTerms.GetOrAdd(term);

    public bool Add(Quad quad)
    {
        ThrowIfFinished();
        var encoded = new EncodedQuad(GetOrAddId(quad.Subject), GetOrAddId(quad.Predicate), GetOrAddId(quad.Object),
            quad.Graph is null ? TermIds.DefaultGraph : GetOrAddId(quad.Graph));
        return _changes.Add(encoded);
    }

    public void Add(QuadBatch batch)
    {
        ThrowIfFinished();
        foreach (var quad in batch.Encode(batch.Ids(Version, GetOrAddId, GetOrAddUnstoredId)))
            _changes.AddFromBatch(quad, firstMintedId: IdLimit);
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

    public override IEnumerable<EncodedQuad> Scan(QuadPattern pattern) => _changes.Overlay(base.Scan(pattern), pattern);

    public override long EstimateCount(QuadPattern pattern) => _changes.EstimateCount(base.EstimateCount(pattern), pattern);

    public override IEnumerable<long> NamedGraphs() => _changes.NamedGraphs(base.NamedGraphs(), Scan);

    public void Commit()
    {
        ThrowIfFinished();
        Store.Commit(_newTerms.Since(0), _changes.AddedWithRepeats, _changes.Removed, _newTerms.NextId);
        Finish();
    }

    public override void Dispose()
    {
        if (!_finished) Finish();   // without Commit nothing was written: dropping our sets is the rollback
        base.Dispose();
    }

    private void Finish()
    {
        _finished = true;
        Store.ReturnTermTable(_newTerms);
        Store.EndTransaction();
    }

    private void ThrowIfFinished()
    {
        if (_finished) throw new InvalidOperationException("the transaction is already committed or rolled back");
    }

    private bool IsCommitted(EncodedQuad quad) =>
        !_startedEmpty && quad.Subject < IdLimit && quad.Predicate < IdLimit && quad.Object < IdLimit && quad.Graph < IdLimit
        && ContainsCommitted(quad);

    private bool TryEncode(Quad quad, out EncodedQuad encoded)
    {
        encoded = default;
        long graph = TermIds.DefaultGraph;
        if (!TryGetId(quad.Subject, out long s) || !TryGetId(quad.Predicate, out long p) || !TryGetId(quad.Object, out long o)
            || (quad.Graph is not null && !TryGetId(quad.Graph, out graph)))
            return false;
        encoded = new EncodedQuad(s, p, o, graph);
        return true;
    }
}
