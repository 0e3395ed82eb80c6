using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql.Algebra;
using ClaimGraph.Sparql.Eval;
using ClaimGraph.Store;

namespace ClaimGraph.Sparql.Optimizer;

/// <summary>
/// Rewrites the algebra into a plan that gives the same solutions faster:
/// property functions out of BGPs; adjacent BGPs merged; triple patterns ordered greedily by the
/// store's cardinality estimates, keeping them connected (no cross product where patterns share a
/// variable); filters placed right after the pattern that binds their last variable; ORDER BY +
/// LIMIT as TopN. Join strategy (bind or hash) is left to the evaluator, which picks a bind join
/// whenever the right side takes bindings.
/// </summary>
public sealed class QueryOptimizer(IQuadReader data, QueryEngineOptions options)
{
    public Op Optimize(Op op)
    {
        op = PlacePropertyFunctions(op, options);
        op = Rewrite(op, Bound.None);
        return op;
    }

    /// <summary>
    /// The variables already bound when an operator is evaluated: those of the left side of a bind
    /// join, or of the solution an EXISTS pattern is substituted with. Patterns are ordered knowing
    /// them, so a pattern over a bound variable is an index probe, not a scan.
    /// </summary>
    private sealed class Bound
    {
        public static readonly Bound None = new(new HashSet<string>(StringComparer.Ordinal));

        private Bound(HashSet<string> variables) => Variables = variables;

        public HashSet<string> Variables { get; }

        public Bound With(IEnumerable<string> more)
        {
            var set = new HashSet<string>(Variables, StringComparer.Ordinal);
            set.UnionWith(more);
            return new Bound(set);
        }

        public Bound Without(string variable)
        {
            if (!Variables.Contains(variable)) return this;
            var set = new HashSet<string>(Variables, StringComparer.Ordinal);
            set.Remove(variable);
            return new Bound(set);
        }
    }

    private Op Rewrite(Op op, Bound bound)
    {
        switch (op)
        {
            case BgpOp b:
                return OrderBgp(b.Triples, bound.Variables);
            case JoinOp j when j.Left is BgpOp lb && j.Right is BgpOp rb:
                return OrderBgp(lb.Triples.Concat(rb.Triples).ToList(), bound.Variables);
            case JoinOp j:
                {
                    var left = Rewrite(j.Left, bound);
                    // A bind join evaluates the right side once per left solution, with its bindings.
                    bool bind = j.Strategy != JoinStrategy.Hash && Evaluator.TakesBindings(j.Right);
                    if (!bind) return j with { Left = left, Right = Rewrite(j.Right, bound) };
                    var leftCertain = OpVariables.Certain(left);
                    var probed = Rewrite(j.Right, bound.With(leftCertain));
                    if (j.Strategy == JoinStrategy.Auto && HashJoinIsCheaper(left, probed, j.Right, leftCertain, bound) is { } alone)
                        return j with { Left = left, Right = alone, Strategy = JoinStrategy.Hash };
                    return j with { Left = left, Right = probed };
                }
            // FILTER(a && b) keeps what FILTER(a) FILTER(b) keeps; apart, each finds its own place.
            case FilterOp f when f.Exprs.Any(e => e is CallExpr { Name: "&&" }):
                return Rewrite(new FilterOp(Conjuncts(f.Exprs), f.Inner), bound);
            // Two patterns sharing no variable, compared by "a = b": a value join, not a cross product.
            case FilterOp f when f.Inner is BgpOp fb && SplitInTwo(fb) is { } split && ValueJoinKeys(f.Exprs, split) is not null:
                return Rewrite(f with { Inner = split }, bound);
            case FilterOp f when f.Inner is BgpOp fb && fb.Triples.Count > 1:
                return PlaceFilters(fb, f.Exprs, bound);
            case FilterOp f when PushFilters(f) is { } pushed:
                return Rewrite(pushed, bound);
            case FilterOp f when f.Inner is JoinOp j && ValueJoinKeys(f.Exprs, j) is var (equality, leftKey, rightKey):
                {
                    var join = new ValueJoinOp(Rewrite(j.Left, bound), Rewrite(j.Right, bound), leftKey, rightKey);
                    var rest = f.Exprs.Where(e => !ReferenceEquals(e, equality)).ToList();
                    return rest.Count == 0 ? join : Rewrite(new FilterOp(rest, join), bound);
                }
            case FilterOp f:
                {
                    var inner = Rewrite(f.Inner, bound);
                    var solution = bound.With(OpVariables.Certain(inner));
                    return new FilterOp(f.Exprs.Select(e => RewriteExpr(e, solution)).ToArray(), inner);
                }
            case LeftJoinOp l:
                {
                    var left = Rewrite(l.Left, bound);
                    bool bind = l.Strategy != JoinStrategy.Hash && Evaluator.OptionalOnlyVariables(l.Right) is not null;
                    var withLeft = bound.With(OpVariables.Certain(left));
                    var right = Rewrite(l.Right, bind ? withLeft : bound);
                    var filter = l.Filter is null ? null : RewriteExpr(l.Filter, withLeft.With(OpVariables.Certain(right)));
                    return l with { Left = left, Right = right, Filter = filter };
                }
            case UnionOp u: return new UnionOp(Rewrite(u.Left, bound), Rewrite(u.Right, bound));
            case MinusOp m: return new MinusOp(Rewrite(m.Left, bound), Rewrite(m.Right, bound));
            // Inside GRAPH ?g the graph variable is not bound by the seed (the evaluator clears it).
            case GraphOp g: return new GraphOp(g.Graph, Rewrite(g.Inner, g.Graph is Var gv ? bound.Without(gv.Name) : bound));
            case ExtendOp e:
                {
                    var inner = Rewrite(e.Inner, bound);
                    return new ExtendOp(inner, e.Variable, RewriteExpr(e.Expr, bound.With(OpVariables.Certain(inner))));
                }
            // The operators below are evaluated alone (not seeded) and then joined: nothing is bound.
            case GroupOp g when BandOf(g) is var (band, join):
                {
                    var sides = new JoinOp(Rewrite(join.Left, Bound.None), Rewrite(join.Right, Bound.None), JoinStrategy.Hash);
                    return g with { Inner = new FilterOp([band], sides), OverBand = true };
                }
            case GroupOp g: return g with { Inner = Rewrite(g.Inner, Bound.None) };
            case OrderByOp o: return new OrderByOp(Rewrite(o.Inner, Bound.None), o.Conditions);
            case TopNOp t: return t with { Inner = Rewrite(t.Inner, Bound.None) };
            case ProjectOp p: return new ProjectOp(Rewrite(p.Inner, Bound.None), p.Variables);
            case DistinctOp d: return new DistinctOp(Rewrite(d.Inner, Bound.None));
            case ReducedOp r: return new ReducedOp(Rewrite(r.Inner, Bound.None));
            case SliceOp s when s.Limit >= 0:
                {
                    var inner = Rewrite(s.Inner, Bound.None);
                    long n = s.Offset + s.Limit;
                    if (inner is OrderByOp ob) return s with { Inner = new TopNOp(ob.Inner, ob.Conditions, n) };
                    if (inner is ProjectOp { Inner: OrderByOp pob } proj) return s with { Inner = proj with { Inner = new TopNOp(pob.Inner, pob.Conditions, n) } };
                    return s with { Inner = inner };
                }
            case SliceOp s: return s with { Inner = Rewrite(s.Inner, Bound.None) };
            case ServiceOp s: return s;
            default: return op;
        }
    }

    /// <summary>The BGP as the join of its two parts when it has exactly two that share no variable.</summary>
    private static JoinOp? SplitInTwo(BgpOp bgp)
    {
        if (bgp.Triples.Count < 2) return null;
        var first = new List<TriplePattern> { bgp.Triples[0] };
        var firstVariables = bgp.Triples[0].Variables().ToHashSet(StringComparer.Ordinal);
        var rest = bgp.Triples.Skip(1).ToList();
        for (bool grew = true; grew;)
        {
            grew = false;
            foreach (var t in rest.ToList())
                if (t.Variables().Any(firstVariables.Contains))
                {
                    first.Add(t);
                    rest.Remove(t);
                    firstVariables.UnionWith(t.Variables());
                    grew = true;
                }
        }
        if (rest.Count == 0) return null;
        bool restConnected = rest.Count == 1 || SplitInTwo(new BgpOp(rest)) is null;
        return restConnected ? new JoinOp(new BgpOp(first), new BgpOp(rest)) : null;
    }

    private static List<Expr> Conjuncts(IEnumerable<Expr> exprs)
    {
        var parts = new List<Expr>();
        void Add(Expr e)
        {
            if (e is CallExpr { Name: "&&", Args: [var a, var b] }) { Add(a); Add(b); }
            else parts.Add(e);
        }
        foreach (var e in exprs) Add(e);
        return parts;
    }

    /// <summary>
    /// The right side planned alone when a hash join (right side evaluated once, left solutions
    /// probing it on the shared variables) costs clearly less than probing the right side once per
    /// left solution; null when the bind join stays, or when sizes cannot be estimated.
    /// </summary>
    private Op? HashJoinIsCheaper(Op left, Op probed, Op right, HashSet<string> leftCertain, Bound bound)
    {
        if (!OpVariables.Certain(right).Overlaps(leftCertain)) return null;
        if (EstimateRows(left, bound.Variables) is not { } leftRows) return null;
        if (EstimateRows(probed, bound.With(leftCertain).Variables) is not { } perProbe) return null;
        var alone = Rewrite(right, bound);
        if (EstimateRows(alone, bound.Variables) is not { } rightRows) return null;
        const double margin = 4; // estimates are rough: only switch on a clear difference
        return leftRows * perProbe > margin * (leftRows + rightRows) ? alone : null;
    }

    /// <summary>
    /// A rough number of solutions of a plan given bound variables: the product of the pattern
    /// estimates in plan order. Null for operators it cannot judge (subqueries, OPTIONAL, ...).
    /// </summary>
    private double? EstimateRows(Op op, HashSet<string> bound)
    {
        switch (op)
        {
            case BgpOp b:
                {
                    var known = new HashSet<string>(bound, StringComparer.Ordinal);
                    double rows = 1;
                    foreach (var t in b.Triples)
                    {
                        rows *= Math.Max(Estimate(t, known), 1e-3);
                        foreach (var v in t.Variables()) known.Add(v);
                    }
                    return rows;
                }
            case GraphOp g: return EstimateRows(g.Inner, bound);
            case FilterOp f: return EstimateRows(f.Inner, bound);
            case JoinOp j:
                {
                    if (EstimateRows(j.Left, bound) is not { } leftRows) return null;
                    var withLeft = new HashSet<string>(bound, StringComparer.Ordinal);
                    withLeft.UnionWith(OpVariables.Certain(j.Left));
                    return EstimateRows(j.Right, withLeft) is { } rightRows ? leftRows * rightRows : null;
                }
            default: return null;
        }
    }

    /// <summary>
    /// Moves filters down to the side of a join (or into a GRAPH) where they give the same answer:
    /// every variable of the filter is either bound for sure on that side, or not mentioned by the
    /// other side (so the join cannot change its value). There they run before the join multiplies
    /// solutions. Null when nothing moves.
    /// </summary>
    private static Op? PushFilters(FilterOp f)
    {
        Op? Wrap(List<Expr> exprs, Op op) => exprs.Count == 0 ? op : new FilterOp(exprs, op);
        static bool Fits(Expr e, HashSet<string> certain, IReadOnlyCollection<string> other) =>
            e is not ExistsExpr && e.Variables().All(v => certain.Contains(v) || !other.Contains(v));
        switch (f.Inner)
        {
            case JoinOp j:
                {
                    var leftMentioned = OpVariables.Mentioned(j.Left).ToHashSet(StringComparer.Ordinal);
                    var rightMentioned = OpVariables.Mentioned(j.Right).ToHashSet(StringComparer.Ordinal);
                    var left = OpVariables.Certain(j.Left);
                    var right = OpVariables.Certain(j.Right);
                    // A filter over a variable neither side mentions stays where it is.
                    bool Known(Expr e, HashSet<string> mentioned) => e.Variables().All(mentioned.Contains);
                    var toLeft = f.Exprs.Where(e => Known(e, leftMentioned) && Fits(e, left, rightMentioned)).ToList();
                    var toRight = f.Exprs.Where(e => !toLeft.Contains(e) && Known(e, rightMentioned) && Fits(e, right, leftMentioned)).ToList();
                    if (toLeft.Count + toRight.Count == 0) return null;
                    var stay = f.Exprs.Where(e => !toLeft.Contains(e) && !toRight.Contains(e)).ToList();
                    return Wrap(stay, j with { Left = Wrap(toLeft, j.Left)!, Right = Wrap(toRight, j.Right)! });
                }
            case LeftJoinOp l:
                {
                    var leftMentioned = OpVariables.Mentioned(l.Left).ToHashSet(StringComparer.Ordinal);
                    var rightMentioned = OpVariables.Mentioned(l.Right).ToHashSet(StringComparer.Ordinal);
                    var left = OpVariables.Certain(l.Left);
                    var toLeft = f.Exprs.Where(e => e.Variables().All(leftMentioned.Contains) && Fits(e, left, rightMentioned)).ToList();
                    if (toLeft.Count == 0) return null;
                    return Wrap(f.Exprs.Where(e => !toLeft.Contains(e)).ToList(), l with { Left = Wrap(toLeft, l.Left)! });
                }
            case ExtendOp x:
                {
                    // A filter that does not read the BIND's variable can run before it.
                    var below = f.Exprs.Where(e => e is not ExistsExpr && !e.Variables().Contains(x.Variable)).ToList();
                    if (below.Count == 0) return null;
                    return Wrap(f.Exprs.Where(e => !below.Contains(e)).ToList(), x with { Inner = new FilterOp(below, x.Inner) });
                }
            case FilterOp inner:
                return new FilterOp(inner.Exprs.Concat(f.Exprs).ToArray(), inner.Inner);
            case UnionOp u:
                return new UnionOp(new FilterOp(f.Exprs, u.Left), new FilterOp(f.Exprs, u.Right));
            case GraphOp g:
                {
                    // Inside GRAPH the graph variable is not bound yet, so filters on it stay outside.
                    var inner = OpVariables.Certain(g.Inner);
                    if (g.Graph is Var gv) inner.Remove(gv.Name);
                    var inside = f.Exprs.Where(e => e is not ExistsExpr && inner.IsSupersetOf(e.Variables()) && !(g.Graph is Var v && e.Variables().Contains(v.Name))).ToList();
                    if (inside.Count == 0) return null;
                    return Wrap(f.Exprs.Where(e => !inside.Contains(e)).ToList(), new GraphOp(g.Graph, new FilterOp(inside, g.Inner)));
                }
            default:
                return null;
        }
    }

    /// <summary>
    /// The band comparison and the join of a group that can be evaluated over the band
    /// (<see cref="GroupOp.OverBand"/>): the group's only filter compares a variable of one side of
    /// the join with a variable of the other (&lt;, &lt;=, &gt;, &gt;=), its keys read the left side
    /// only, and its aggregates are MIN and MAX of right-side variables. Each left solution then
    /// contributes the extremes over the right solutions it joins within the band, which sorting
    /// finds without pairing them. Null when the group is not of that shape.
    /// </summary>
    private static (Expr Band, JoinOp Join)? BandOf(GroupOp g)
    {
        if (g.Inner is not FilterOp { Inner: JoinOp join } filter || Conjuncts(filter.Exprs) is not [CallExpr band]) return null;
        if (band is not { Name: "<" or "<=" or ">" or ">=", Args: [VarExpr a, VarExpr b] }) return null;
        var left = OpVariables.InScope(join.Left);
        var right = OpVariables.InScope(join.Right);
        bool OnlyLeft(string v) => left.Contains(v) && !right.Contains(v);
        bool OnlyRight(string v) => right.Contains(v) && !left.Contains(v);
        if (!(OnlyLeft(a.Name) && OnlyRight(b.Name) || OnlyRight(a.Name) && OnlyLeft(b.Name))) return null;
        if (!g.Keys.All(k => k.Expr is VarExpr key && left.Contains(key.Name))) return null;
        if (g.Aggregates.Count == 0) return null;
        foreach (var aggregate in g.Aggregates)
            if (aggregate.Aggregate is not { Name: "MIN" or "MAX", Arg: VarExpr arg } || !OnlyRight(arg.Name)) return null;
        return (band, join);
    }

    /// <summary>
    /// A filter "a = b" over a join, with a over the left side's variables only and b over the
    /// right's (or the reverse): the join becomes a hash join on the values of a and b (and on the
    /// variables the sides share) instead of a cross product, or a join that compares every pair
    /// agreeing on the shared variables. Null when there is none.
    /// </summary>
    private static (Expr Equality, Expr LeftKey, Expr RightKey)? ValueJoinKeys(IReadOnlyList<Expr> filters, JoinOp join)
    {
        var left = OpVariables.Certain(join.Left);
        var right = OpVariables.Certain(join.Right);
        // Sides that share variables are hashed on them too; a bind join (an index probe per left
        // solution) is kept, though.
        if (left.Overlaps(right) && join.Strategy != JoinStrategy.Hash && Evaluator.TakesBindings(join.Right)) return null;
        foreach (var e in filters)
        {
            if (e is not CallExpr { Name: "=", Args: [var a, var b] } || !IsDeterministic(a) || !IsDeterministic(b)) continue;
            var va = a.Variables();
            var vb = b.Variables();
            if (va.Count == 0 || vb.Count == 0) continue;
            if (left.IsSupersetOf(va) && right.IsSupersetOf(vb)) return (e, a, b);
            if (right.IsSupersetOf(va) && left.IsSupersetOf(vb)) return (e, b, a);
        }
        return null;
    }

    /// <summary>An expression whose value depends only on the solution (no EXISTS, no fresh random or blank values).</summary>
    internal static bool IsDeterministic(Expr e) => e switch
    {
        VarExpr or ConstantExpr => true,
        CallExpr c => c.Name is not ("RAND" or "BNODE" or "UUID" or "STRUUID") && c.Args.All(IsDeterministic),
        _ => false,
    };

    private Expr RewriteExpr(Expr e, Bound solution) => e switch
    {
        // EXISTS is evaluated by substituting the solution: its variables are bound there.
        ExistsExpr x => x with { Pattern = Rewrite(x.Pattern, solution) },
        CallExpr c when c.Args.Any(a => a is ExistsExpr or CallExpr) => new CallExpr(c.Name, c.Args.Select(a => RewriteExpr(a, solution)).ToArray()),
        _ => e,
    };

    /// <summary>Filters over a BGP: each filter goes right after the triple pattern that binds the last of its variables.</summary>
    private Op PlaceFilters(BgpOp bgp, IReadOnlyList<Expr> filters, Bound bound)
    {
        var ordered = ((BgpOp)OrderBgp(bgp.Triples, bound.Variables)).Triples;
        var solution = bound.With(OpVariables.Certain(bgp));
        // Readiness counts only the BGP's own variables: the filter's scope is its group, not the seed.
        var boundHere = new HashSet<string>(StringComparer.Ordinal);
        var remaining = filters.Select(e => RewriteExpr(e, solution)).ToList();
        Op? op = null;
        var chunk = new List<TriplePattern>();
        for (int i = 0; i < ordered.Count; i++)
        {
            chunk.Add(ordered[i]);
            foreach (var v in ordered[i].Variables()) boundHere.Add(v);
            var ready = remaining.Where(e => boundHere.IsSupersetOf(e.Variables())).ToList();
            if (ready.Count == 0 && i < ordered.Count - 1) continue;
            Op part = new BgpOp(chunk.ToArray());
            op = op is null ? part : new JoinOp(op, part);
            if (ready.Count > 0) op = new FilterOp(ready, op);
            foreach (var e in ready) remaining.Remove(e);
            chunk.Clear();
        }
        if (remaining.Count > 0) op = new FilterOp(remaining, op!);
        return op!;
    }

    /// <summary>Greedy order: cheapest next pattern among those sharing a variable with what is bound (any pattern when none does).</summary>
    private Op OrderBgp(IReadOnlyList<TriplePattern> triples, HashSet<string> bound)
    {
        if (triples.Count <= 1) return new BgpOp(triples.ToArray());
        var left = new List<TriplePattern>(triples);
        var result = new List<TriplePattern>(triples.Count);
        bound = new HashSet<string>(bound, StringComparer.Ordinal);
        while (left.Count > 0)
        {
            int best = -1;
            double bestCost = double.MaxValue;
            bool bestConnected = false;
            for (int i = 0; i < left.Count; i++)
            {
                var t = left[i];
                bool connected = bound.Count == 0 || t.Variables().Any(bound.Contains);
                double cost = Estimate(t, bound);
                if (connected && !bestConnected || connected == bestConnected && cost < bestCost)
                {
                    best = i; bestCost = cost; bestConnected = connected;
                }
            }
            var chosen = left[best];
            left.RemoveAt(best);
            result.Add(chosen);
            foreach (var v in chosen.Variables()) bound.Add(v);
        }
        return new BgpOp(result);
    }

    private double Estimate(TriplePattern t, HashSet<string> bound)
    {
        long Id(Node n)
        {
            if (n is TermNode tn) return data.TryGetId(tn.Term, out long id) ? id : -1;
            return TermIds.Any;
        }
        long s = Id(t.Subject), p = Id(t.Predicate), o = Id(t.Object);
        if (s < 0 || p < 0 || o < 0) return 0; // a constant the store lacks: nothing matches
        double cost = data.EstimateCount(new QuadPattern(s, p, o, TermIds.Any));
        bool IsBound(Node n) => n is Var v && bound.Contains(v.Name);
        // Variables bound by earlier patterns act like constants of unknown value: with a constant
        // predicate, the average number of triples per subject (object) value, sampled from the
        // store; otherwise a fixed guess.
        if (IsBound(t.Subject)) cost = Math.Min(cost, p > 0 ? AverageFanout(p, bySubject: true) : 1 + cost / 1000);
        if (IsBound(t.Object)) cost = Math.Min(cost, p > 0 ? AverageFanout(p, bySubject: false) : 1 + cost / 100);
        if (IsBound(t.Predicate)) cost = Math.Min(cost, 1 + cost / 10);
        // The same variable twice in one pattern is a strong restriction.
        if (t.Subject is Var sv && t.Object is Var ov && sv.Name == ov.Name) cost /= 10;
        return cost;
    }

    /// <summary>Fanouts measured on one store, kept while the reader lives (a snapshot serves many queries).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IQuadReader, Dictionary<(long, bool), double>> FanoutsByStore = new();

    /// <summary>Quads of a predicate read at most to measure its fanout.</summary>
    private const int FanoutSampleLimit = 250_000;

    /// <summary>
    /// The expected number of triples of a predicate that match a subject (or object) value taken
    /// from the data: Σc²/Σc over the values' counts c, so that a few very common values (a
    /// popular number, a type) weigh as much as they cost when a join probes with them.
    /// </summary>
    private double AverageFanout(long predicate, bool bySubject)
    {
        var fanouts = FanoutsByStore.GetOrCreateValue(data);
        lock (fanouts)
            if (fanouts.TryGetValue((predicate, bySubject), out var known)) return known;
        var counts = new Dictionary<long, long>();
        int read = 0;
        foreach (var q in data.Scan(new QuadPattern(TermIds.Any, predicate, TermIds.Any, TermIds.Any)))
        {
            long value = bySubject ? q.Subject : q.Object;
            counts[value] = counts.GetValueOrDefault(value) + 1;
            if (++read >= FanoutSampleLimit) break;
        }
        double sum = 0, sumOfSquares = 0;
        foreach (var c in counts.Values) { sum += c; sumOfSquares += (double)c * c; }
        double fanout = sum == 0 ? 1 : Math.Max(1, sumOfSquares / sum);
        lock (fanouts) fanouts[(predicate, bySubject)] = fanout;
        return fanout;
    }

    // ------------------------------------------------------------ property functions

    /// <summary>Takes the triple patterns whose predicate is a registered property function out of their BGPs.</summary>
    public static Op PlacePropertyFunctions(Op op, QueryEngineOptions options)
    {
        if (options.PropertyFunctions.Count == 0) return op;
        var iris = options.PropertyFunctions.Select(f => f.PredicateIri).ToHashSet(StringComparer.Ordinal);
        return Transform(op, o => o is BgpOp b && b.Triples.Any(t => t.Predicate is TermNode { Term: Iri i } && iris.Contains(i.Value))
            ? SplitPropertyFunctions(b, iris)
            : o);
    }

    private static Op SplitPropertyFunctions(BgpOp bgp, HashSet<string> iris)
    {
        // Lists written as ( a b c ) arrive as rdf:first/rest chains over blank-node variables.
        var first = new Dictionary<string, TriplePattern>();
        var rest = new Dictionary<string, TriplePattern>();
        foreach (var t in bgp.Triples)
        {
            if (t.Subject is not Var v || !v.Name.StartsWith("_:", StringComparison.Ordinal) || t.Predicate is not TermNode { Term: Iri p }) continue;
            if (p.Equals(Vocab.Rdf.First)) first[v.Name] = t;
            else if (p.Equals(Vocab.Rdf.Rest)) rest[v.Name] = t;
        }
        var used = new HashSet<TriplePattern>(ReferenceEqualityComparer.Instance);
        List<Node> Members(Node n)
        {
            var list = new List<Node>();
            var cell = n;
            while (cell is Var v && first.TryGetValue(v.Name, out var f) && rest.TryGetValue(v.Name, out var r))
            {
                used.Add(f); used.Add(r);
                list.Add(f.Object);
                cell = r.Object;
            }
            if (list.Count == 0) list.Add(n);
            return list;
        }
        var functions = new List<Op>();
        foreach (var t in bgp.Triples)
            if (t.Predicate is TermNode { Term: Iri i } && iris.Contains(i.Value))
            {
                used.Add(t);
                functions.Add(new PropertyFunctionOp(i.Value, Members(t.Subject), Members(t.Object)));
            }
        var remaining = bgp.Triples.Where(t => !used.Contains(t)).ToArray();
        // Functions first: they usually bind the subject (text:query) and the BGP then takes those bindings.
        Op op = functions[0];
        foreach (var f in functions.Skip(1)) op = new JoinOp(op, f);
        return remaining.Length > 0 ? new JoinOp(op, new BgpOp(remaining)) : op;
    }

    /// <summary>Bottom-up rewrite of every operator (EXISTS patterns included).</summary>
    public static Op Transform(Op op, Func<Op, Op> rewrite)
    {
        Op T(Op o) => Transform(o, rewrite);
        Expr E(Expr e) => e switch
        {
            ExistsExpr x => x with { Pattern = T(x.Pattern) },
            CallExpr c => new CallExpr(c.Name, c.Args.Select(E).ToArray()),
            _ => e,
        };
        Op rebuilt = op switch
        {
            JoinOp j => j with { Left = T(j.Left), Right = T(j.Right) },
            ValueJoinOp v => v with { Left = T(v.Left), Right = T(v.Right) },
            LeftJoinOp l => l with { Left = T(l.Left), Right = T(l.Right), Filter = l.Filter is null ? null : E(l.Filter) },
            FilterOp f => new FilterOp(f.Exprs.Select(E).ToArray(), T(f.Inner)),
            UnionOp u => new UnionOp(T(u.Left), T(u.Right)),
            MinusOp m => new MinusOp(T(m.Left), T(m.Right)),
            GraphOp g => new GraphOp(g.Graph, T(g.Inner)),
            ExtendOp e => new ExtendOp(T(e.Inner), e.Variable, E(e.Expr)),
            GroupOp g => g with { Inner = T(g.Inner) },
            OrderByOp o => new OrderByOp(T(o.Inner), o.Conditions),
            TopNOp t => t with { Inner = T(t.Inner) },
            ProjectOp p => new ProjectOp(T(p.Inner), p.Variables),
            DistinctOp d => new DistinctOp(T(d.Inner)),
            ReducedOp r => new ReducedOp(T(r.Inner)),
            SliceOp s => s with { Inner = T(s.Inner) },
            ServiceOp s => s with { Inner = T(s.Inner) },
            _ => op,
        };
        return rewrite(rebuilt);
    }
}
