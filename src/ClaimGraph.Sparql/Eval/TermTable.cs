using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql.Functions;
using ClaimGraph.Store;

namespace ClaimGraph.Sparql.Eval;

/// <summary>
/// Term ids for one query: the store's ids (positive) for terms the store knows, and ids from a
/// per-query overlay (negative) for terms the query computes or names that the store has never seen.
/// Every term has exactly one id, so id equality is term equality (sameTerm) and joins compare ids.
/// </summary>
internal sealed class TermTable(IQuadReader store)
{
    private readonly Dictionary<Term, long> _overlayIds = new();
    private readonly List<Term> _overlayTerms = new();

    public IQuadReader Store { get; } = store;

    public long Encode(Term term)
    {
        if (Store.TryGetId(term, out long id)) return id;
        if (_overlayIds.TryGetValue(term, out id)) return id;
        _overlayTerms.Add(term);
        id = -_overlayTerms.Count;
        _overlayIds[term] = id;
        return id;
    }

    public Term Decode(long id) => id > 0 ? Store.GetTerm(id) : _overlayTerms[(int)(-id - 1)];

    public Term? DecodeOrNull(long id) => id == 0 ? null : Decode(id);

    private readonly Dictionary<long, TermValue> _values = new();

    /// <summary>The term's value, parsed on first use and kept for the rest of the query (0 = unbound: no term).</summary>
    public TermValue ValueOf(long id)
    {
        if (id == 0) return default;
        if (!_values.TryGetValue(id, out var value)) _values[id] = value = TermValue.Of(Decode(id));
        return value;
    }
}

/// <summary>Equality of solutions (rows of ids) over all slots.</summary>
internal sealed class RowComparer : IEqualityComparer<long[]>
{
    public static readonly RowComparer Instance = new();

    public bool Equals(long[]? x, long[]? y) => x.AsSpan().SequenceEqual(y.AsSpan());

    public int GetHashCode(long[] row)
    {
        var h = new HashCode();
        foreach (var v in row) h.Add(v);
        return h.ToHashCode();
    }
}
