using System.Collections.Immutable;

namespace ClaimGraph.Store.Rocks;

/// <summary>
/// Counts kept with the data, exact at one committed version: quads in all, per predicate and per
/// graph, plus the version and the next free term id. Immutable; a commit makes the next one.
/// </summary>
internal sealed record StoreStatistics(
    long Version,
    long NextId,
    long Quads,
    ImmutableDictionary<long, long> Predicates,
    ImmutableDictionary<long, long> Graphs)
{
    public static readonly StoreStatistics Empty = new(0, TermIds.FirstTermId, 0, ImmutableDictionary<long, long>.Empty, ImmutableDictionary<long, long>.Empty);

    public long PredicateCount(long predicate) => Predicates.GetValueOrDefault(predicate);

    public long GraphCount(long graph) => Graphs.GetValueOrDefault(graph);

    /// <summary>The statistics after adding and removing these quads (adds absent before, removes present).</summary>
    public StoreStatistics Apply(IEnumerable<EncodedQuad> adds, IEnumerable<EncodedQuad> removes, long nextId,
        out Dictionary<long, long> changedPredicates, out Dictionary<long, long> changedGraphs)
    {
        var predicateDelta = new Dictionary<long, long>();
        var graphDelta = new Dictionary<long, long>();
        long quads = Quads;
        foreach (var q in adds) { Bump(predicateDelta, q.Predicate, 1); Bump(graphDelta, q.Graph, 1); quads++; }
        foreach (var q in removes) { Bump(predicateDelta, q.Predicate, -1); Bump(graphDelta, q.Graph, -1); quads--; }
        changedPredicates = Resolve(Predicates, predicateDelta);
        changedGraphs = Resolve(Graphs, graphDelta);
        return new StoreStatistics(Version + 1, nextId, quads, Update(Predicates, changedPredicates), Update(Graphs, changedGraphs));
    }

    private static void Bump(Dictionary<long, long> delta, long key, long by) =>
        delta[key] = delta.GetValueOrDefault(key) + by;

    private static Dictionary<long, long> Resolve(ImmutableDictionary<long, long> current, Dictionary<long, long> delta)
    {
        var result = new Dictionary<long, long>();
        foreach (var (key, by) in delta)
            if (by != 0) result[key] = current.GetValueOrDefault(key) + by;
        return result;
    }

    private static ImmutableDictionary<long, long> Update(ImmutableDictionary<long, long> current, Dictionary<long, long> changed)
    {
        var builder = current.ToBuilder();
        foreach (var (key, count) in changed)
            if (count == 0) builder.Remove(key); else builder[key] = count;
        return builder.ToImmutable();
    }
}
