namespace ClaimGraph.Sparql.Algebra;

/// <summary>Variable sets of operators: mentioned anywhere, possibly bound (in scope), certainly bound.</summary>
public static class OpVariables
{
    /// <summary>Every variable the operator or its expressions mention, in first-seen order.</summary>
    public static IReadOnlyList<string> Mentioned(Op op)
    {
        var list = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string v) { if (seen.Add(v)) list.Add(v); }
        void AddNode(Node n) { if (n is Var v) Add(v.Name); }
        void AddExpr(Expr? e)
        {
            switch (e)
            {
                case null: return;
                case VarExpr v: Add(v.Name); return;
                case CallExpr c: foreach (var a in c.Args) AddExpr(a); return;
                case ExistsExpr x: Walk(x.Pattern); return;
                case AggregateExpr a: AddExpr(a.Arg); return;
            }
        }
        void Walk(Op o)
        {
            switch (o)
            {
                case BgpOp b: foreach (var t in b.Triples) { AddNode(t.Subject); AddNode(t.Predicate); AddNode(t.Object); } break;
                case PathOp p: AddNode(p.Subject); AddNode(p.Object); break;
                case JoinOp j: Walk(j.Left); Walk(j.Right); break;
                case ValueJoinOp v: Walk(v.Left); Walk(v.Right); AddExpr(v.LeftKey); AddExpr(v.RightKey); break;
                case LeftJoinOp l: Walk(l.Left); Walk(l.Right); AddExpr(l.Filter); break;
                case FilterOp f: Walk(f.Inner); foreach (var e in f.Exprs) AddExpr(e); break;
                case UnionOp u: Walk(u.Left); Walk(u.Right); break;
                case MinusOp m: Walk(m.Left); Walk(m.Right); break;
                case GraphOp g: AddNode(g.Graph); Walk(g.Inner); break;
                case ExtendOp e: Walk(e.Inner); AddExpr(e.Expr); Add(e.Variable); break;
                case GroupOp g:
                    Walk(g.Inner);
                    foreach (var k in g.Keys) { AddExpr(k.Expr); if (k.Variable is not null) Add(k.Variable); }
                    foreach (var a in g.Aggregates) { AddExpr(a.Aggregate); Add(a.Variable); }
                    break;
                case OrderByOp ob: Walk(ob.Inner); foreach (var c in ob.Conditions) AddExpr(c.Expr); break;
                case TopNOp t: Walk(t.Inner); foreach (var c in t.Conditions) AddExpr(c.Expr); break;
                case ProjectOp p: Walk(p.Inner); foreach (var v in p.Variables) Add(v); break;
                case DistinctOp d: Walk(d.Inner); break;
                case ReducedOp r: Walk(r.Inner); break;
                case SliceOp s: Walk(s.Inner); break;
                case TableOp t: foreach (var v in t.Variables) Add(v); break;
                case ServiceOp s: AddNode(s.Endpoint); Walk(s.Inner); break;
                case PropertyFunctionOp pf: foreach (var n in pf.Subject) AddNode(n); foreach (var n in pf.Object) AddNode(n); break;
            }
        }
        Walk(op);
        return list;
    }

    /// <summary>Variables that may be bound in a solution of the operator (18.2.1 in-scope variables).</summary>
    public static HashSet<string> InScope(Op op)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        AddInScope(op, set);
        return set;
    }

    private static void AddInScope(Op op, HashSet<string> set)
    {
        switch (op)
        {
            case BgpOp b: foreach (var t in b.Triples) foreach (var v in t.Variables()) set.Add(v); break;
            case PathOp p: if (p.Subject is Var ps) set.Add(ps.Name); if (p.Object is Var po) set.Add(po.Name); break;
            case JoinOp j: AddInScope(j.Left, set); AddInScope(j.Right, set); break;
            case ValueJoinOp v: AddInScope(v.Left, set); AddInScope(v.Right, set); break;
            case LeftJoinOp l: AddInScope(l.Left, set); AddInScope(l.Right, set); break;
            case FilterOp f: AddInScope(f.Inner, set); break;
            case UnionOp u: AddInScope(u.Left, set); AddInScope(u.Right, set); break;
            case MinusOp m: AddInScope(m.Left, set); break;
            case GraphOp g: if (g.Graph is Var gv) set.Add(gv.Name); AddInScope(g.Inner, set); break;
            case ExtendOp e: AddInScope(e.Inner, set); set.Add(e.Variable); break;
            case GroupOp g:
                foreach (var k in g.Keys) if (k.Variable is not null) set.Add(k.Variable);
                foreach (var a in g.Aggregates) set.Add(a.Variable);
                break;
            case OrderByOp ob: AddInScope(ob.Inner, set); break;
            case TopNOp t: AddInScope(t.Inner, set); break;
            case ProjectOp p: foreach (var v in p.Variables) set.Add(v); break;
            case DistinctOp d: AddInScope(d.Inner, set); break;
            case ReducedOp r: AddInScope(r.Inner, set); break;
            case SliceOp sl: AddInScope(sl.Inner, set); break;
            case TableOp t: foreach (var v in t.Variables) set.Add(v); break;
            case ServiceOp sv: AddInScope(sv.Inner, set); break;
            case PropertyFunctionOp pf:
                foreach (var n in pf.Subject) if (n is Var v) set.Add(v.Name);
                foreach (var n in pf.Object) if (n is Var v) set.Add(v.Name);
                break;
        }
    }

    /// <summary>Variables bound in every solution of the operator (a safe under-approximation).</summary>
    public static HashSet<string> Certain(Op op)
    {
        switch (op)
        {
            case BgpOp or PathOp:
                return InScope(op);
            case JoinOp j:
                {
                    var s = Certain(j.Left);
                    s.UnionWith(Certain(j.Right));
                    return s;
                }
            case ValueJoinOp v:
                {
                    var s = Certain(v.Left);
                    s.UnionWith(Certain(v.Right));
                    return s;
                }
            case LeftJoinOp l: return Certain(l.Left);
            case FilterOp f: return Certain(f.Inner);
            case UnionOp u:
                {
                    var s = Certain(u.Left);
                    s.IntersectWith(Certain(u.Right));
                    return s;
                }
            case MinusOp m: return Certain(m.Left);
            case GraphOp g:
                {
                    var s = Certain(g.Inner);
                    if (g.Graph is Var v) s.Add(v.Name);
                    return s;
                }
            case ExtendOp e:
                {
                    // BIND(?x AS ?y) copies a variable: bound wherever ?x is.
                    var s = Certain(e.Inner);
                    if (e.Expr is VarExpr copied && s.Contains(copied.Name)) s.Add(e.Variable);
                    return s;
                }
            case GroupOp g:
                {
                    var s = new HashSet<string>(StringComparer.Ordinal);
                    var inner = Certain(g.Inner);
                    foreach (var k in g.Keys)
                        if (k.Variable is not null && k.Expr is VarExpr ve && ve.Name == k.Variable && inner.Contains(ve.Name)) s.Add(k.Variable);
                    foreach (var a in g.Aggregates)
                        if (AlwaysBound(a.Aggregate, inner, grouped: g.Keys.Count > 0)) s.Add(a.Variable);
                    return s;
                }
            case OrderByOp ob: return Certain(ob.Inner);
            case TopNOp t: return Certain(t.Inner);
            case ProjectOp p:
                {
                    var s = Certain(p.Inner);
                    s.IntersectWith(p.Variables);
                    return s;
                }
            case DistinctOp d: return Certain(d.Inner);
            case ReducedOp r: return Certain(r.Inner);
            case SliceOp s: return Certain(s.Inner);
            case TableOp t:
                {
                    var s = new HashSet<string>(StringComparer.Ordinal);
                    for (int i = 0; i < t.Variables.Count; i++)
                    {
                        bool all = true;
                        foreach (var row in t.Rows) if (row[i] is null) { all = false; break; }
                        if (all) s.Add(t.Variables[i]);
                    }
                    return s;
                }
            default:
                return new HashSet<string>(StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// Whether an aggregate has a value in every group: COUNT always; MIN, MAX and SAMPLE of a
    /// variable bound in every solution, when every group holds a solution (GROUP BY with keys:
    /// the one implicit group of an ungrouped query may be empty).
    /// </summary>
    private static bool AlwaysBound(AggregateExpr aggregate, HashSet<string> innerCertain, bool grouped) => aggregate.Name switch
    {
        "COUNT" => true,
        "MIN" or "MAX" or "SAMPLE" => grouped && aggregate.Arg is VarExpr v && innerCertain.Contains(v.Name),
        _ => false,
    };
}
