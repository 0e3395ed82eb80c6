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
    public StoreStatistics Apply(PackedQuads adds, IEnumerable<EncodedQuad> removes, long nextId,
        out Dictionary<long, long> changedPredicates, out Dictionary<long, long> changedGraphs)
    {
        var delta = new Delta();
        adds.CountInto(delta);
        foreach (var q in removes) delta.Count(q, -1);
        return Apply(delta, nextId, out changedPredicates, out changedGraphs);
    }

    /// <summary>The statistics after a change counted in <paramref name="delta"/>; the changed counts are returned for storing.</summary>
    public StoreStatistics Apply(Delta delta, long nextId, out Dictionary<long, long> changedPredicates, out Dictionary<long, long> changedGraphs)
    {
        changedPredicates = Resolve(Predicates, delta.Predicates);
        changedGraphs = Resolve(Graphs, delta.Graphs);
        return new StoreStatistics(Version + 1, nextId, Quads + delta.Quads, Update(Predicates, changedPredicates), Update(Graphs, changedGraphs));
    }

    /// <summary>How a change moves the counts: quads added (+1) or removed (-1), per predicate and per graph.</summary>
    public sealed class Delta
    {
        public long Quads { get; private set; }
        public Dictionary<long, long> Predicates { get; } = new();
        public Dictionary<long, long> Graphs { get; } = new();

        public void Count(in EncodedQuad quad, long by)
        {
            Bump(Predicates, quad.Predicate, by);
            Bump(Graphs, quad.Graph, by);
            Quads += by;
        }

        /// <summary>Counts one added quad by its predicate; its graph is counted apart (<see cref="AddToGraph"/>).</summary>
        public void AddWithPredicate(long predicate)
        {
            Bump(Predicates, predicate, 1);
            Quads++;
        }

        /// <summary>Counts added quads of one graph, already counted by <see cref="AddWithPredicate"/>.</summary>
        public void AddToGraph(long graph, long quads) => Bump(Graphs, graph, quads);
    }

    private static void Bump(Dictionary<long, long> delta, long key, long by) =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(delta, key, out _) += by;

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
