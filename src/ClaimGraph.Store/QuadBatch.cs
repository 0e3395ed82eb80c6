using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Store;

/// <summary>
/// Quads to add together, each distinct term listed once, so that the writer looks a term up once
/// rather than once per place it takes. The terms can be looked up beforehand, on any thread
/// (<see cref="Resolve"/>): the writer then takes the ids found as they are and, when the store has
/// committed nothing since, knows the terms not found are new without asking the store again.
/// Made by one thread; read by the writer after it.
/// </summary>
public sealed class QuadBatch
{
    private const int DefaultGraphSlot = -1;

    private readonly Term[] _terms;
    private readonly int[] _slots;   // per quad: subject, predicate, object, graph (DefaultGraphSlot for the default graph)
    private long[]? _storedIds;      // after Resolve: the committed id of each term, or 0 when the store had none
    private long _resolvedAtVersion = -1;

    public QuadBatch(IReadOnlyCollection<Quad> quads)
    {
        // Sized for a distinct term per quad, more than usual (an article's quads: about one in two), so that neither grows.
        var places = new Dictionary<Term, int>(quads.Count);
        var terms = new List<Term>(quads.Count);
        _slots = new int[quads.Count * 4];
        int at = 0;
        // Quads come grouped by subject and by graph: one that repeats the previous quad's subject or
        // graph (the same object) takes its place without a lookup (half the lookups of an article).
        Term? subject = null, graph = null;
        int subjectPlace = 0, graphPlace = DefaultGraphSlot;
        foreach (var quad in quads)
        {
            if (!ReferenceEquals(quad.Subject, subject)) (subject, subjectPlace) = (quad.Subject, Place(quad.Subject));
            if (!ReferenceEquals(quad.Graph, graph)) (graph, graphPlace) = (quad.Graph, quad.Graph is null ? DefaultGraphSlot : Place(quad.Graph));
            _slots[at++] = subjectPlace;
            _slots[at++] = Place(quad.Predicate);
            _slots[at++] = Place(quad.Object);
            _slots[at++] = graphPlace;
        }
        _terms = terms.ToArray();

        int Place(Term term)
        {
            if (places.TryGetValue(term, out int place)) return place;
            places.Add(term, terms.Count);
            terms.Add(term);
            return terms.Count - 1;
        }
    }

    public int QuadCount => _slots.Length / 4;

    public int TermCount => _terms.Length;

    /// <summary>
    /// Looks every term up in the store's committed dictionary. Any thread; the batch must not be in a
    /// writer's hands yet. <paramref name="mintedUnder"/>: see <see cref="IQuadStore.LookUpTerms"/>.
    /// </summary>
    public void Resolve(IQuadStore store, string? mintedUnder = null)
    {
        var ids = new long[_terms.Length];
        _resolvedAtVersion = store.LookUpTerms(_terms, ids, mintedUnder);
        _storedIds = ids;
    }

    /// <summary>
    /// The ids of the terms in a transaction that began at store version <paramref name="transactionVersion"/>:
    /// those <see cref="Resolve"/> found; the others from <paramref name="getOrAddId"/>, or, when
    /// the store is still at the resolved version, from <paramref name="getOrAddUnstored"/>, which
    /// need not look in the committed dictionary (ids are never taken back, so a term absent then is absent now).
    /// </summary>
    internal long[] Ids(long transactionVersion, Func<Term, long> getOrAddId, Func<Term, long> getOrAddUnstored)
    {
        var ids = new long[_terms.Length];
        var addMissing = _resolvedAtVersion == transactionVersion ? getOrAddUnstored : getOrAddId;
        for (int i = 0; i < _terms.Length; i++)
            ids[i] = _storedIds is { } stored && stored[i] != 0 ? stored[i] : addMissing(_terms[i]);
        return ids;
    }

    /// <summary>The quads with the ids <see cref="Ids"/> gave.</summary>
    internal IEnumerable<EncodedQuad> Encode(long[] ids)
    {
        for (int at = 0; at < _slots.Length; at += 4)
        {
            int graph = _slots[at + 3];
            yield return new EncodedQuad(ids[_slots[at]], ids[_slots[at + 1]], ids[_slots[at + 2]],
                graph == DefaultGraphSlot ? TermIds.DefaultGraph : ids[graph]);
        }
    }
}
