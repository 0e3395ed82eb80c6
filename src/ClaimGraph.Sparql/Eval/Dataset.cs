using ClaimGraph.Store;

namespace ClaimGraph.Sparql.Eval;

/// <summary>
/// The RDF dataset a query runs on: the default graph (the store's, or the merge of the FROM
/// graphs) and the named graphs (all of the store's, or the FROM NAMED ones).
/// </summary>
internal sealed class Dataset
{
    /// <summary>Null: the store's default graph. Otherwise the graphs whose merge is the default graph.</summary>
    public long[]? DefaultGraphs { get; init; }

    /// <summary>Null: every named graph of the store. Otherwise the named graphs.</summary>
    public HashSet<long>? NamedGraphs { get; init; }

    // Answers of IsNamedGraph for the store's graphs: a pattern inside GRAPH ?g asks once per solution.
    private readonly Dictionary<long, bool> _storeGraphs = new();

    public bool IsNamedGraph(long id, IQuadReader store)
    {
        if (id <= 0) return false;
        if (NamedGraphs is not null) return NamedGraphs.Contains(id);
        if (_storeGraphs.TryGetValue(id, out bool known)) return known;
        bool holdsQuads = store.EstimateCount(new QuadPattern(TermIds.Any, TermIds.Any, TermIds.Any, id)) > 0
            && store.Scan(new QuadPattern(TermIds.Any, TermIds.Any, TermIds.Any, id)).Any();
        _storeGraphs[id] = holdsQuads;
        return holdsQuads;
    }

    public IEnumerable<long> EnumerateNamedGraphs(IQuadReader store) => NamedGraphs is not null ? NamedGraphs : store.NamedGraphs();
}

/// <summary>Which graph patterns are matched against: the default graph, one named graph, or the named graph in a variable.</summary>
internal readonly record struct GraphScope(GraphScopeKind Kind, long Graph, int Slot)
{
    public static readonly GraphScope Default = new(GraphScopeKind.Default, 0, -1);
    public static GraphScope Named(long graph) => new(GraphScopeKind.Named, graph, -1);
    public static GraphScope Variable(int slot) => new(GraphScopeKind.Variable, 0, slot);
}

internal enum GraphScopeKind { Default, Named, Variable }
