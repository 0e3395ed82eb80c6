using ClaimGraph.Store;

namespace ClaimGraph.Sparql.Eval;

/// <summary>
/// A BGP that reads several properties of one subject, <c>?s p0 o0 . ?s p1 ?o1 . ?s p2 ?o2 ...</c>
/// (a claim's kind, metric, unit, bound, value, date), evaluated as a star: the first pattern is
/// scanned, and for each of its solutions one scan of the subject's quads fills every other
/// pattern, instead of one index probe and one nested iterator per pattern. The solutions are the
/// same, in the same order.
/// </summary>
internal sealed partial class Evaluator
{
    /// <summary>
    /// At least two patterns after the first, all on the first pattern's subject variable, each with
    /// a constant predicate and an object variable of its own (not the subject, not the graph's).
    /// </summary>
    private static bool IsStar((Position S, Position P, Position O)[] patterns, GraphScope graph)
    {
        if (patterns.Length < 3) return false;
        int subject = patterns[0].S.Slot;
        if (subject < 0) return false;
        int graphSlot = graph.Kind == GraphScopeKind.Variable ? graph.Slot : -1;
        for (int i = 1; i < patterns.Length; i++)
        {
            var (s, p, o) = patterns[i];
            if (s.Slot != subject || p.Slot >= 0 || o.Slot < 0 || o.Slot == subject || o.Slot == graphSlot) return false;
            for (int j = 1; j < i; j++)
                if (patterns[j].O.Slot == o.Slot) return false;
        }
        return true;
    }

    private IEnumerable<long[]> MatchStar((Position S, Position P, Position O)[] patterns, long[] seed, GraphScope graph)
    {
        int arms = patterns.Length - 1;
        var predicates = new long[arms];
        var objectSlots = new int[arms];
        var matches = new List<long>[arms];
        for (int i = 0; i < arms; i++)
        {
            predicates[i] = patterns[i + 1].P.Constant;
            objectSlots[i] = patterns[i + 1].O.Slot;
            matches[i] = [];
        }
        int subjectSlot = patterns[0].S.Slot;
        foreach (var row in MatchOne(patterns[0], seed, graph))
        {
            if (!CollectArms(predicates, objectSlots, row[subjectSlot], row, graph, matches)) continue;
            foreach (var r in Combinations(objectSlots, row, matches)) yield return r;
        }
    }

    /// <summary>
    /// For each arm (predicate, object slot), the objects of the subject's quads with its predicate
    /// (only the bound one where the solution binds the slot); false when an arm has none.
    /// </summary>
    private bool CollectArms(long[] predicates, int[] objectSlots, long subject, long[] row, GraphScope graph, List<long>[] matches)
    {
        foreach (var m in matches) m.Clear();
        if (subject < 0) return false; // a computed term the store has never seen has no properties
        foreach (var q in ScanScope(subject, TermIds.Any, TermIds.Any, graph, row))
        {
            if ((++_ticks & 1023) == 0) _cancel.ThrowIfCancellationRequested();
            for (int i = 0; i < predicates.Length; i++)
            {
                if (predicates[i] != q.Predicate) continue;
                long bound = row[objectSlots[i]];
                if (bound == 0 || bound == q.Object) matches[i].Add(q.Object);
            }
        }
        foreach (var m in matches) if (m.Count == 0) return false;
        return true;
    }
}
