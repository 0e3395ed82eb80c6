using ClaimGraph.Sparql.Algebra;
using ClaimGraph.Sparql.Optimizer;

namespace ClaimGraph.Sparql.Eval;

/// <summary>
/// Sub-results a query computes more than once: a GROUP BY or DISTINCT that appears several times,
/// identical up to the names of its variables (conflicts.rq joins "the first date each figure was
/// given" three times, implied-rates.rq "the highest figure on each date" twice). The first
/// evaluation is kept; the others read it back with each variable moved to its own name's slot.
/// Only deterministic operators evaluated without bindings, outside GRAPH ?var, are shared.
/// </summary>
internal sealed partial class Evaluator
{
    /// <summary>An operator's variables in first-mentioned order, and its text with them renamed v0, v1, ...</summary>
    private sealed record Shape(string Key, string[] Variables);

    private readonly Dictionary<Op, Shape> _sharedShapes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string Key, GraphScopeKind Kind, long Graph), (int[] Slots, List<long[]> Rows)> _sharedResults = new();

    /// <summary>Finds the groups and DISTINCTs that occur more than once in the plan, so that each is evaluated once.</summary>
    public void ShareRepeatedSubresults(Op plan)
    {
        var candidates = new List<(Op Op, Shape Shape)>();
        void Walk(Op op)
        {
            if (op is GroupOp or DistinctOp && IsDeterministic(op))
            {
                var variables = OpVariables.Mentioned(op).ToArray();
                var index = variables.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => "v" + x.i, StringComparer.Ordinal);
                candidates.Add((op, new Shape(VarRenamer.Rename(op, v => index[v]).ToString(), variables)));
            }
            foreach (var child in Children(op)) Walk(child);
        }
        Walk(plan);
        foreach (var repeated in candidates.GroupBy(c => c.Shape.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
            foreach (var (op, shape) in repeated) _sharedShapes[op] = shape;
    }

    private bool IsShared(Op op, GraphScope graph) => graph.Kind != GraphScopeKind.Variable && _sharedShapes.ContainsKey(op);

    /// <summary>The solutions of a shared operator: evaluated the first time, read back (renamed) after that.</summary>
    private IEnumerable<long[]> Shared(Op op, GraphScope graph, Func<IEnumerable<long[]>> evaluate)
    {
        var shape = _sharedShapes[op];
        var slots = shape.Variables.Select(v => _slots[v]).ToArray();
        var key = (shape.Key, graph.Kind, graph.Graph);
        if (!_sharedResults.TryGetValue(key, out var kept))
        {
            kept = (slots, evaluate().ToList());
            _sharedResults[key] = kept;
        }
        if (kept.Slots.AsSpan().SequenceEqual(slots))
        {
            foreach (var row in kept.Rows) yield return row;
            yield break;
        }
        foreach (var row in Renamed(kept.Rows, kept.Slots, slots)) yield return row;
    }

    private IEnumerable<long[]> Renamed(List<long[]> rows, int[] from, int[] to)
    {
        foreach (var row in rows)
        {
            var renamed = EmptyRow();
            for (int i = 0; i < from.Length; i++) renamed[to[i]] = row[from[i]];
            yield return renamed;
        }
    }

    /// <summary>No fresh values (RAND, BNODE, UUID), no remote SERVICE: evaluating it twice gives the same solutions.</summary>
    private static bool IsDeterministic(Op op)
    {
        if (op is ServiceOp) return false;
        bool Expression(Expr e) => e switch
        {
            ExistsExpr x => IsDeterministic(x.Pattern),
            AggregateExpr a => a.Arg is null || QueryOptimizer.IsDeterministic(a.Arg),
            _ => QueryOptimizer.IsDeterministic(e),
        };
        var expressions = op switch
        {
            FilterOp f => f.Exprs,
            ExtendOp x => [x.Expr],
            LeftJoinOp { Filter: { } filter } => [filter],
            ValueJoinOp v => [v.LeftKey, v.RightKey],
            GroupOp g => g.Keys.Select(k => k.Expr).Concat(g.Aggregates.Select(a => (Expr)a.Aggregate)).ToArray(),
            OrderByOp o => o.Conditions.Select(c => c.Expr).ToArray(),
            TopNOp t => t.Conditions.Select(c => c.Expr).ToArray(),
            _ => Array.Empty<Expr>(),
        };
        return expressions.All(Expression) && Children(op).All(IsDeterministic);
    }

    private static IEnumerable<Op> Children(Op op) => op switch
    {
        JoinOp j => [j.Left, j.Right],
        ValueJoinOp v => [v.Left, v.Right],
        LeftJoinOp l => [l.Left, l.Right],
        UnionOp u => [u.Left, u.Right],
        MinusOp m => [m.Left, m.Right],
        FilterOp f => [f.Inner],
        GraphOp g => [g.Inner],
        ExtendOp e => [e.Inner],
        GroupOp g => [g.Inner],
        OrderByOp o => [o.Inner],
        TopNOp t => [t.Inner],
        ProjectOp p => [p.Inner],
        DistinctOp d => [d.Inner],
        ReducedOp r => [r.Inner],
        SliceOp s => [s.Inner],
        ServiceOp s => [s.Inner],
        _ => [],
    };
}
