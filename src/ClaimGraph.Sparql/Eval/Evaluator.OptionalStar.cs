using ClaimGraph.Sparql.Algebra;
using ClaimGraph.Store;

namespace ClaimGraph.Sparql.Eval;

/// <summary>
/// A chain of OPTIONALs that each read one property of the same subject,
/// <c>X OPTIONAL { ?s p1 ?o1 } OPTIONAL { ?s p2 ?o2 } ...</c> with ?s bound for sure by X, evaluated
/// as a star: one scan of the subject's quads per solution of X fills every arm, and the solution is
/// copied once, instead of one probe, one nested iterator and two row copies per arm.
/// </summary>
internal sealed partial class Evaluator
{
    /// <param name="Required">X, the pattern the arms extend.</param>
    /// <param name="Arms">The arms in query order, each a one-triple BGP (the generic path for a solution whose graph is unknown).</param>
    private sealed record OptionalStar(Op Required, int SubjectSlot, long[] Predicates, int[] ObjectSlots, BgpOp[] Arms);

    private readonly Dictionary<LeftJoinOp, OptionalStar?> _stars = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The star ending at this left join: the longest run of its outermost arms that read one subject
    /// through a constant predicate into distinct object variables, with no OPTIONAL filter; null when
    /// the outermost right side is no such arm or the required part does not bind the subject for sure.
    /// </summary>
    private OptionalStar? StarOf(LeftJoinOp join)
    {
        if (_stars.TryGetValue(join, out var known)) return known;
        var arms = new List<BgpOp>();
        var objects = new HashSet<string>(StringComparer.Ordinal);
        string? subject = null;
        Op op = join;
        while (op is LeftJoinOp { Filter: null, Strategy: not JoinStrategy.Hash, Right: BgpOp { Triples: [var t] } arm } l
               && t.Subject is Var s && (subject is null || s.Name == subject)
               && t.Predicate is TermNode && t.Object is Var o && o.Name != s.Name && objects.Add(o.Name))
        {
            subject = s.Name;
            arms.Add(arm);
            op = l.Left;
        }
        OptionalStar? star = null;
        if (subject is not null && OpVariables.Certain(op).Contains(subject))
        {
            arms.Reverse();
            star = new OptionalStar(op, _slots[subject],
                arms.Select(a => _terms.Encode(((TermNode)a.Triples[0].Predicate).Term)).ToArray(),
                arms.Select(a => _slots[((Var)a.Triples[0].Object).Name]).ToArray(),
                arms.ToArray());
        }
        _stars[join] = star;
        return star;
    }

    private IEnumerable<long[]> StarLeftJoin(OptionalStar star, long[] seed, GraphScope graph)
    {
        int arms = star.Predicates.Length;
        var matches = new List<long>[arms];
        for (int i = 0; i < arms; i++) matches[i] = [];
        foreach (var left in Eval(star.Required, seed, graph))
        {
            long subject = left[star.SubjectSlot];
            // Under GRAPH ?g the scan needs the graph: the required part normally bound it.
            if (subject == 0 || graph.Kind == GraphScopeKind.Variable && left[graph.Slot] == 0)
            {
                foreach (var r in ArmsOneByOne(star, left, 0, graph)) yield return r;
                continue;
            }
            CollectArms(star.Predicates, star.ObjectSlots, subject, left, graph, matches); // an arm without a match is left out
            foreach (var r in Combinations(star.ObjectSlots, left, matches)) yield return r;
        }
    }

    /// <summary>Every combination of one match per arm (an arm without a match leaves its variable as it was), the first arm varying slowest.</summary>
    private static IEnumerable<long[]> Combinations(int[] objectSlots, long[] left, List<long>[] matches)
    {
        int arms = matches.Length;
        var pick = new int[arms];
        while (true)
        {
            var row = (long[])left.Clone();
            for (int i = 0; i < arms; i++)
                if (matches[i].Count > 0) row[objectSlots[i]] = matches[i][pick[i]];
            yield return row;
            int a = arms - 1;
            while (a >= 0 && (matches[a].Count == 0 || ++pick[a] == matches[a].Count))
            {
                pick[a] = 0;
                a--;
            }
            if (a < 0) yield break;
        }
    }

    /// <summary>The arms as the left joins they are, one after another: for a solution whose graph is not known.</summary>
    private IEnumerable<long[]> ArmsOneByOne(OptionalStar star, long[] row, int from, GraphScope graph)
    {
        if (from == star.Arms.Length)
        {
            yield return row;
            yield break;
        }
        bool matched = false;
        foreach (var extended in Eval(star.Arms[from], row, graph))
        {
            matched = true;
            foreach (var r in ArmsOneByOne(star, extended, from + 1, graph)) yield return r;
        }
        if (!matched)
            foreach (var r in ArmsOneByOne(star, row, from + 1, graph)) yield return r;
    }
}
