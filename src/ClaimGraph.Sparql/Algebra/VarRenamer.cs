namespace ClaimGraph.Sparql.Algebra;

/// <summary>Renames variables throughout an operator tree (expressions and EXISTS patterns included).</summary>
public static class VarRenamer
{
    /// <summary>
    /// A subquery's scope: every variable not in <paramref name="visible"/> gets a '/' in front, a name
    /// no query can write, so it cannot meet a variable of the enclosing query.
    /// </summary>
    public static Op HideAllBut(Op op, IReadOnlyList<string> visible)
    {
        var keep = new HashSet<string>(visible, StringComparer.Ordinal);
        return Rename(op, v => keep.Contains(v) ? v : "/" + v);
    }

    public static Op Rename(Op op, Func<string, string> map)
    {
        Node N(Node n) => n is Var v ? new Var(map(v.Name)) : n;
        TriplePattern T(TriplePattern t) => new(N(t.Subject), N(t.Predicate), N(t.Object));
        Op O(Op o) => Rename(o, map);
        Expr E(Expr e) => RenameExpr(e, map);
        return op switch
        {
            BgpOp b => new BgpOp(b.Triples.Select(T).ToArray()),
            PathOp p => new PathOp(N(p.Subject), p.Path, N(p.Object)),
            JoinOp j => j with { Left = O(j.Left), Right = O(j.Right) },
            ValueJoinOp v => new ValueJoinOp(O(v.Left), O(v.Right), E(v.LeftKey), E(v.RightKey)),
            LeftJoinOp l => l with { Left = O(l.Left), Right = O(l.Right), Filter = l.Filter is null ? null : E(l.Filter) },
            FilterOp f => new FilterOp(f.Exprs.Select(E).ToArray(), O(f.Inner)),
            UnionOp u => new UnionOp(O(u.Left), O(u.Right)),
            MinusOp m => new MinusOp(O(m.Left), O(m.Right)),
            GraphOp g => new GraphOp(N(g.Graph), O(g.Inner)),
            ExtendOp e => new ExtendOp(O(e.Inner), map(e.Variable), E(e.Expr)),
            GroupOp g => new GroupOp(O(g.Inner),
                g.Keys.Select(k => new GroupKey(E(k.Expr), k.Variable is null ? null : map(k.Variable))).ToArray(),
                g.Aggregates.Select(a => new GroupAggregate(map(a.Variable), (AggregateExpr)E(a.Aggregate))).ToArray(), g.OverBand),
            OrderByOp ob => new OrderByOp(O(ob.Inner), ob.Conditions.Select(c => c with { Expr = E(c.Expr) }).ToArray()),
            TopNOp t => new TopNOp(O(t.Inner), t.Conditions.Select(c => c with { Expr = E(c.Expr) }).ToArray(), t.Limit),
            ProjectOp p => new ProjectOp(O(p.Inner), p.Variables.Select(map).ToArray()),
            DistinctOp d => new DistinctOp(O(d.Inner)),
            ReducedOp r => new ReducedOp(O(r.Inner)),
            SliceOp s => s with { Inner = O(s.Inner) },
            TableOp t => new TableOp(t.Variables.Select(map).ToArray(), t.Rows),
            ServiceOp s => s with { Endpoint = N(s.Endpoint), Inner = O(s.Inner) },
            PropertyFunctionOp pf => new PropertyFunctionOp(pf.FunctionIri, pf.Subject.Select(N).ToArray(), pf.Object.Select(N).ToArray()),
            _ => throw new NotSupportedException(op.GetType().Name),
        };
    }

    public static Expr RenameExpr(Expr expr, Func<string, string> map) => expr switch
    {
        VarExpr v => new VarExpr(map(v.Name)),
        ConstantExpr c => c,
        CallExpr c => new CallExpr(c.Name, c.Args.Select(a => RenameExpr(a, map)).ToArray()),
        ExistsExpr x => new ExistsExpr(Rename(x.Pattern, map), x.Negated),
        AggregateExpr a => a with { Arg = a.Arg is null ? null : RenameExpr(a.Arg, map) },
        _ => throw new NotSupportedException(expr.GetType().Name),
    };
}
