using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql.Algebra;
using ClaimGraph.Sparql.Functions;
using ClaimGraph.Sparql.Optimizer;
using ClaimGraph.Store;

namespace ClaimGraph.Sparql.Eval;

/// <summary>
/// Streaming pull evaluation of the algebra over term ids. A solution is a <c>long[]</c> with one
/// slot per variable of the query (0 = unbound). <see cref="Eval"/> evaluates an operator
/// <em>with a seed</em>: the solutions of the operator with the seed's bindings substituted in,
/// each extending the seed. For operators that take bindings (BGPs, paths, VALUES, joins and unions
/// of them) this is seed ⋈ op and drives index nested-loop (bind) joins; EXISTS uses it for
/// substitution. Solutions are never changed once yielded; an operator that binds copies.
/// </summary>
internal sealed partial class Evaluator
{
    private readonly TermTable _terms;
    private readonly IQuadReader _store;
    private readonly Dataset _dataset;
    private readonly QueryEngineOptions _options;
    private readonly FunctionContext _functions;
    private readonly CancellationToken _cancel;
    private readonly Dictionary<string, int> _slots;
    private readonly Dictionary<string, IPropertyFunction> _propertyFunctions;
    private long _solutionCounter;
    private readonly Dictionary<ConstantExpr, TermValue> _constantValues = new(ReferenceEqualityComparer.Instance);

    // Counts inner-loop steps so that cancellation is checked every 1024 of them, whatever the nesting.
    private long _ticks;

    public Evaluator(TermTable terms, Dataset dataset, QueryEngineOptions options, FunctionContext functions,
        Dictionary<string, int> slots, CancellationToken cancel)
    {
        _terms = terms;
        _store = terms.Store;
        _dataset = dataset;
        _options = options;
        _functions = functions;
        _slots = slots;
        _cancel = cancel;
        _propertyFunctions = options.PropertyFunctions.ToDictionary(f => f.PredicateIri, StringComparer.Ordinal);
    }

    public int Width => _slots.Count;

    public int Slot(string variable) => _slots[variable];

    public TermTable Terms => _terms;

    public long[] EmptyRow() => new long[_slots.Count];

    public IEnumerable<long[]> Eval(Op op, long[] seed, GraphScope graph)
    {
        _cancel.ThrowIfCancellationRequested();
        return op switch
        {
            BgpOp b => EvalBgp(b, seed, graph),
            PathOp p => EvalPath(p, seed, graph),
            JoinOp j => EvalJoin(j, seed, graph),
            ValueJoinOp v => ValueJoin(v, seed, graph),
            LeftJoinOp l => EvalLeftJoin(l, seed, graph),
            FilterOp f => EvalFilter(f, seed, graph),
            UnionOp u => EvalUnion(u, seed, graph),
            MinusOp m => EvalMinus(m, seed, graph),
            GraphOp g => EvalGraph(g, seed, graph),
            ExtendOp e => EvalExtend(e, seed, graph),
            TableOp t => EvalTable(t, seed),
            PropertyFunctionOp pf => EvalPropertyFunction(pf, seed),
            ServiceOp s => EvalService(s, seed),
            // The rest do not take bindings: evaluate alone, then join with the seed.
            _ => JoinWithSeed(EvalUnseeded(op, graph), seed),
        };
    }

    private IEnumerable<long[]> EvalUnseeded(Op op, GraphScope graph)
    {
        if (IsShared(op, graph)) return Shared(op, graph, () => EvalUnshared(op, graph));
        return EvalUnshared(op, graph);
    }

    private IEnumerable<long[]> EvalUnshared(Op op, GraphScope graph)
    {
        var empty = EmptyRow();
        return op switch
        {
            GroupOp g => EvalGroup(g, graph),
            OrderByOp o => EvalOrderBy(Eval(o.Inner, empty, graph), o.Conditions, graph),
            TopNOp t => EvalTopN(Eval(t.Inner, empty, graph), t.Conditions, t.Limit, graph),
            ProjectOp p => EvalProject(p, Eval(p.Inner, empty, graph)),
            DistinctOp d => Distinct(Eval(d.Inner, empty, graph)),
            ReducedOp r => Distinct(Eval(r.Inner, empty, graph)),
            SliceOp s => Slice(Eval(s.Inner, empty, graph), s.Offset, s.Limit),
            _ => throw new NotSupportedException("operator " + op.GetType().Name),
        };
    }

    private static bool IsEmpty(long[] row)
    {
        foreach (var v in row) if (v != 0) return false;
        return true;
    }

    private static IEnumerable<long[]> JoinWithSeed(IEnumerable<long[]> rows, long[] seed)
    {
        if (IsEmpty(seed))
        {
            foreach (var r in rows) yield return r;
            yield break;
        }
        foreach (var r in rows)
        {
            var merged = Merge(seed, r);
            if (merged is not null) yield return merged;
        }
    }

    /// <summary>The merge of two compatible solutions, or null when they disagree on a variable.</summary>
    internal static long[]? Merge(long[] a, long[] b)
    {
        long[]? result = null;
        for (int i = 0; i < a.Length; i++)
        {
            long bv = b[i];
            if (bv == 0) continue;
            long av = a[i];
            if (av == 0)
            {
                result ??= (long[])a.Clone();
                result[i] = bv;
            }
            else if (av != bv) return null;
        }
        return result ?? a;
    }

    private static bool Compatible(long[] a, long[] b)
    {
        for (int i = 0; i < a.Length; i++)
            if (a[i] != 0 && b[i] != 0 && a[i] != b[i]) return false;
        return true;
    }

    // ------------------------------------------------------------ basic graph patterns

    /// <summary>A triple pattern position: a constant id (Slot = -1) or a variable slot.</summary>
    private readonly record struct Position(long Constant, int Slot);

    private Position Compile(Node n) => n is Var v ? new Position(0, _slots[v.Name]) : new Position(_terms.Encode(((TermNode)n).Term), -1);

    // A BGP probed once per solution (an OPTIONAL, the right side of a bind join) is compiled once: its constants' ids are looked up by term.
    private readonly Dictionary<BgpOp, (Position S, Position P, Position O)[]> _compiledBgps = new(ReferenceEqualityComparer.Instance);

    private IEnumerable<long[]> EvalBgp(BgpOp bgp, long[] seed, GraphScope graph)
    {
        if (bgp.Triples.Count == 0) return new[] { seed };
        var patterns = CompiledPatterns(bgp);
        if (patterns.Length == 1) return MatchOne(patterns[0], seed, graph);
        return IsStar(patterns, graph) ? MatchStar(patterns, seed, graph) : Match(patterns, seed, graph);
    }

    private (Position S, Position P, Position O)[] CompiledPatterns(BgpOp bgp)
    {
        if (!_compiledBgps.TryGetValue(bgp, out var patterns))
        {
            patterns = new (Position S, Position P, Position O)[bgp.Triples.Count];
            for (int i = 0; i < patterns.Length; i++)
            {
                var t = bgp.Triples[i];
                patterns[i] = (Compile(t.Subject), Compile(t.Predicate), Compile(t.Object));
            }
            _compiledBgps[bgp] = patterns;
        }
        return patterns;
    }

    private static long Resolve(Position p, long[] row) => p.Slot < 0 ? p.Constant : row[p.Slot];

    /// <summary>
    /// The solutions of the patterns extending <paramref name="seed"/>: a depth-first walk with one
    /// scan per pattern, binding into a single working row; slots bound at a level are cleared when
    /// the walk moves on, and only complete solutions are copied out.
    /// </summary>
    private IEnumerable<long[]> Match((Position S, Position P, Position O)[] patterns, long[] seed, GraphScope graph)
    {
        int n = patterns.Length;
        int graphSlot = graph.Kind == GraphScopeKind.Variable ? graph.Slot : -1;
        var row = (long[])seed.Clone();
        var scans = new IEnumerator<EncodedQuad>?[n];
        // The slots each level bound for its current quad (at most subject, predicate, object, graph).
        var boundSlots = new int[n * 4];
        var boundCount = new int[n];
        try
        {
            int level = 0;
            scans[0] = Open(patterns[0]);
            while (level >= 0)
            {
                for (int i = 0; i < boundCount[level]; i++) row[boundSlots[level * 4 + i]] = 0;
                boundCount[level] = 0;
                var scan = scans[level]!;
                if (!scan.MoveNext())
                {
                    scan.Dispose();
                    scans[level] = null;
                    level--;
                    continue;
                }
                if ((++_ticks & 1023) == 0) _cancel.ThrowIfCancellationRequested();
                var q = scan.Current;
                var t = patterns[level];
                if (!Bind(level, t.S.Slot, q.Subject) || !Bind(level, t.P.Slot, q.Predicate) || !Bind(level, t.O.Slot, q.Object)
                    || graphSlot >= 0 && !Bind(level, graphSlot, q.Graph))
                    continue; // the next round clears what this quad bound
                if (level == n - 1)
                {
                    yield return (long[])row.Clone();
                    continue;
                }
                level++;
                scans[level] = Open(patterns[level]);
            }
        }
        finally
        {
            foreach (var scan in scans) scan?.Dispose();
        }

        IEnumerator<EncodedQuad> Open((Position S, Position P, Position O) t)
        {
            long s = Resolve(t.S, row), p = Resolve(t.P, row), o = Resolve(t.O, row);
            // A term the store has never seen matches nothing.
            if (s < 0 || p < 0 || o < 0) return Enumerable.Empty<EncodedQuad>().GetEnumerator();
            return ScanScope(s, p, o, graph, row).GetEnumerator();
        }

        bool Bind(int level, int slot, long value)
        {
            if (slot < 0) return true;
            long current = row[slot];
            if (current == value) return true;
            if (current != 0) return false;
            row[slot] = value;
            boundSlots[level * 4 + boundCount[level]++] = slot;
            return true;
        }
    }

    /// <summary>
    /// One pattern, the common case of an OPTIONAL probed per solution: each matching quad extends its
    /// own copy of the seed, so a probe copies the solution once per match and not at all without one.
    /// </summary>
    private IEnumerable<long[]> MatchOne((Position S, Position P, Position O) t, long[] seed, GraphScope graph)
    {
        long s = Resolve(t.S, seed), p = Resolve(t.P, seed), o = Resolve(t.O, seed);
        if (s < 0 || p < 0 || o < 0) yield break; // a term the store has never seen matches nothing
        int graphSlot = graph.Kind == GraphScopeKind.Variable ? graph.Slot : -1;
        foreach (var q in ScanScope(s, p, o, graph, seed))
        {
            if ((++_ticks & 1023) == 0) _cancel.ThrowIfCancellationRequested();
            long[]? row = null;
            if (Bind(ref row, seed, t.S.Slot, q.Subject) && Bind(ref row, seed, t.P.Slot, q.Predicate) && Bind(ref row, seed, t.O.Slot, q.Object)
                && Bind(ref row, seed, graphSlot, q.Graph))
                yield return row ?? (long[])seed.Clone();
        }
    }

    /// <summary>
    /// A FILTER over one pattern (h03: <c>GRAPH ?g { ?c cg:value ?v } FILTER(?v > 50000)</c>): each match is
    /// bound into one working row and tested there, and only the matches kept are copied out.
    /// <paramref name="filterScope"/> is the graph the filter itself is evaluated in.
    /// </summary>
    private IEnumerable<long[]> MatchOneWhere((Position S, Position P, Position O) t, long[] seed, GraphScope graph,
                                              IReadOnlyList<Expr> where, GraphScope filterScope)
    {
        long s = Resolve(t.S, seed), p = Resolve(t.P, seed), o = Resolve(t.O, seed);
        if (s < 0 || p < 0 || o < 0) yield break; // a term the store has never seen matches nothing
        int graphSlot = graph.Kind == GraphScopeKind.Variable ? graph.Slot : -1;
        int[] free = new[] { t.S.Slot, t.P.Slot, t.O.Slot, graphSlot }.Where(slot => slot >= 0 && seed[slot] == 0).Distinct().ToArray();
        var row = (long[])seed.Clone();
        var conditions = ConditionsOf(where, filterScope);
        foreach (var q in ScanScope(s, p, o, graph, seed))
        {
            if ((++_ticks & 1023) == 0) _cancel.ThrowIfCancellationRequested();
            foreach (int slot in free) row[slot] = 0;
            if (!BindInPlace(row, t.S.Slot, q.Subject) || !BindInPlace(row, t.P.Slot, q.Predicate) || !BindInPlace(row, t.O.Slot, q.Object)
                || !BindInPlace(row, graphSlot, q.Graph))
                continue;
            if (AllTrue(conditions, row)) yield return (long[])row.Clone();
        }
    }

    private static bool BindInPlace(long[] row, int slot, long value)
    {
        if (slot < 0) return true;
        if (row[slot] == value) return true;
        if (row[slot] != 0) return false;
        row[slot] = value;
        return true;
    }

    /// <summary>Binds a slot to a value in a copy of the row (made on first change); false when the slot holds another value.</summary>
    private static bool Bind(ref long[]? result, long[] row, int slot, long value)
    {
        if (slot < 0) return true;
        long current = (result ?? row)[slot];
        if (current == value) return true;
        if (current != 0) return false;
        result ??= (long[])row.Clone();
        result[slot] = value;
        return true;
    }

    /// <summary>Quads matching (s, p, o) in the active graph (0 = any).</summary>
    internal IEnumerable<EncodedQuad> ScanScope(long s, long p, long o, GraphScope graph, long[]? row)
    {
        switch (graph.Kind)
        {
            case GraphScopeKind.Named:
                return _store.Scan(new QuadPattern(s, p, o, graph.Graph));
            case GraphScopeKind.Variable:
                {
                    long g = row is null ? 0 : row[graph.Slot];
                    if (g != 0) return _dataset.IsNamedGraph(g, _store) ? _store.Scan(new QuadPattern(s, p, o, g)) : Array.Empty<EncodedQuad>();
                    var all = _store.Scan(new QuadPattern(s, p, o, TermIds.AnyNamedGraph));
                    return _dataset.NamedGraphs is null ? all : all.Where(q => _dataset.NamedGraphs.Contains(q.Graph));
                }
            default:
                {
                    var graphs = _dataset.DefaultGraphs;
                    if (graphs is null) return _store.Scan(new QuadPattern(s, p, o, TermIds.DefaultGraph));
                    if (graphs.Length == 0) return Array.Empty<EncodedQuad>();
                    if (graphs.Length == 1) return _store.Scan(new QuadPattern(s, p, o, graphs[0])).Select(q => q with { Graph = TermIds.DefaultGraph });
                    return MergedGraphs(s, p, o, graphs);
                }
        }
    }

    /// <summary>The default graph as the RDF merge of several graphs: each triple once.</summary>
    private IEnumerable<EncodedQuad> MergedGraphs(long s, long p, long o, long[] graphs)
    {
        var seen = new HashSet<(long, long, long)>();
        foreach (var g in graphs)
            foreach (var q in _store.Scan(new QuadPattern(s, p, o, g)))
                if (seen.Add((q.Subject, q.Predicate, q.Object))) yield return q with { Graph = TermIds.DefaultGraph };
    }

    // ------------------------------------------------------------ joins

    /// <summary>
    /// Whether evaluating the operator with a seed equals joining it with the seed, so a bind join
    /// may push left solutions into it: BGPs, paths, tables, and joins, unions and graphs of them,
    /// with filters and BINDs only over variables the operator itself binds for sure.
    /// </summary>
    internal static bool TakesBindings(Op op) => op switch
    {
        BgpOp or PathOp or TableOp or PropertyFunctionOp => true,
        // SERVICE ?endpoint needs the endpoint bound from the left; the remote answer is joined with the seed.
        ServiceOp { Endpoint: Var } => true,
        JoinOp j => TakesBindings(j.Left) && TakesBindings(j.Right),
        UnionOp u => TakesBindings(u.Left) && TakesBindings(u.Right),
        GraphOp g => TakesBindings(g.Inner),
        FilterOp f => TakesBindings(f.Inner) && f.Exprs.All(e => e is not ExistsExpr && OpVariables.Certain(f.Inner).IsSupersetOf(e.Variables())),
        ExtendOp e => TakesBindings(e.Inner) && OpVariables.Certain(e.Inner).IsSupersetOf(e.Expr.Variables()),
        _ => false,
    };

    private IEnumerable<long[]> EvalJoin(JoinOp join, long[] seed, GraphScope graph)
    {
        var strategy = join.Strategy;
        if (strategy == JoinStrategy.Auto || strategy == JoinStrategy.Bind && !TakesBindings(join.Right))
            strategy = TakesBindings(join.Right) ? JoinStrategy.Bind : JoinStrategy.Hash;
        return strategy == JoinStrategy.Bind ? BindJoin(join, seed, graph) : HashJoin(join, seed, graph);
    }

    private IEnumerable<long[]> BindJoin(JoinOp join, long[] seed, GraphScope graph)
    {
        foreach (var left in Eval(join.Left, seed, graph))
            foreach (var r in Eval(join.Right, left, graph))
                yield return r;
    }

    /// <summary>
    /// The variables a hash table on the right side is keyed by: those both sides bind for sure, else
    /// those both sides may bind (a BIND's variable, say, as in a join of two sub-selects on a computed
    /// name), which beats comparing every pair. The table sets aside solutions with a key unbound.
    /// </summary>
    private int[] JoinKeySlots(Op left, Op right)
    {
        var shared = OpVariables.Certain(left);
        shared.IntersectWith(OpVariables.Certain(right));
        if (shared.Count == 0)
        {
            shared = OpVariables.InScope(left);
            shared.IntersectWith(OpVariables.InScope(right));
        }
        return shared.Select(v => _slots[v]).ToArray();
    }

    private IEnumerable<long[]> HashJoin(JoinOp join, long[] seed, GraphScope graph)
    {
        // The left side starts first: when it has no solution, the right side is never built.
        using var lefts = Eval(join.Left, seed, graph).GetEnumerator();
        if (!lefts.MoveNext()) yield break;
        var table = new HashTable(JoinKeySlots(join.Left, join.Right), ColumnsOf(join.Right));
        foreach (var r in Eval(join.Right, seed, graph)) table.Add(r);
        if (table.Count == 0) yield break;
        do
        {
            foreach (var right in table.Candidates(lefts.Current))
                if (table.Merge(lefts.Current, right) is { } merged) yield return merged;
        }
        while (lefts.MoveNext());
    }

    private IEnumerable<long[]> EvalLeftJoin(LeftJoinOp join, long[] seed, GraphScope graph)
    {
        if (StarOf(join) is { } star) return StarLeftJoin(star, seed, graph);
        if (join.Strategy != JoinStrategy.Hash && SeedableUnlessBound(join.Right) is { } mustBeUnbound)
            return BindLeftJoin(join, seed, graph, mustBeUnbound);
        return HashLeftJoin(join, seed, graph);
    }

    private readonly Dictionary<Op, int[]?> _seedable = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The slots a seed must leave unbound for the operator to be evaluated with it (seed ⋈ op); none
    /// when it takes any bindings; null when it takes none. See <see cref="OptionalOnlyVariables"/>.
    /// </summary>
    private int[]? SeedableUnlessBound(Op op)
    {
        if (!_seedable.TryGetValue(op, out var slots))
            _seedable[op] = slots = OptionalOnlyVariables(op)?.Select(v => _slots[v]).ToArray();
        return slots;
    }

    /// <summary>
    /// For an operator that takes bindings, or an OPTIONAL whose parts do: the variables a seed must
    /// leave unbound so that evaluating the operator with the seed gives seed ⋈ op. A seed that bound
    /// a variable of the optional part would make "no match, keep the solution" keep it where the
    /// join drops it, so those are the variables the optional part mentions and the required part
    /// does not bind for sure. Null when the operator does not take bindings.
    /// </summary>
    internal static HashSet<string>? OptionalOnlyVariables(Op op)
    {
        if (TakesBindings(op)) return [];
        switch (op)
        {
            case GraphOp g:
                return OptionalOnlyVariables(g.Inner);
            case LeftJoinOp l when l.Strategy != JoinStrategy.Hash:
                {
                    // Each left join checks its own right side against its left solutions as it runs;
                    // a seed reaches the required part, and must not bind what the optional part adds.
                    if (OptionalOnlyVariables(l.Right) is null || OptionalOnlyVariables(l.Left) is not { } unbound) return null;
                    var certain = OpVariables.Certain(l.Left);
                    unbound.UnionWith(OpVariables.Mentioned(l.Right).Where(v => !certain.Contains(v)));
                    if (l.Filter is not null) unbound.UnionWith(l.Filter.Variables().Where(v => !certain.Contains(v)));
                    return unbound;
                }
            default:
                return null;
        }
    }

    /// <summary>
    /// Evaluates the right side once per left solution, with its bindings; a left solution that binds
    /// one of <paramref name="mustBeUnbound"/> is matched against the right side evaluated alone instead.
    /// </summary>
    private IEnumerable<long[]> BindLeftJoin(LeftJoinOp join, long[] seed, GraphScope graph, int[] mustBeUnbound)
    {
        HashTable? alone = null;
        foreach (var left in Eval(join.Left, seed, graph))
        {
            var rights = BindsAny(left, mustBeUnbound)
                ? Merged(left, alone ??= RightAlone(join, seed, graph))
                : Eval(join.Right, left, graph);
            bool matched = false;
            foreach (var r in rights)
            {
                if (join.Filter is not null && !IsTrue(join.Filter, r, graph)) continue;
                matched = true;
                yield return r;
            }
            if (!matched) yield return left;
        }
    }

    private static bool BindsAny(long[] row, int[] slots)
    {
        foreach (int s in slots) if (row[s] != 0) return true;
        return false;
    }

    private HashTable RightAlone(LeftJoinOp join, long[] seed, GraphScope graph)
    {
        var table = new HashTable(JoinKeySlots(join.Left, join.Right), ColumnsOf(join.Right));
        foreach (var r in Eval(join.Right, seed, graph)) table.Add(r);
        return table;
    }

    /// <summary>The left solution merged with each compatible solution of the table.</summary>
    private static IEnumerable<long[]> Merged(long[] left, HashTable table)
    {
        foreach (var right in table.Candidates(left))
            if (table.Merge(left, right) is { } merged) yield return merged;
    }

    private IEnumerable<long[]> HashLeftJoin(LeftJoinOp join, long[] seed, GraphScope graph)
    {
        // The left side starts first: when it has no solution, the right side is never built.
        using var lefts = Eval(join.Left, seed, graph).GetEnumerator();
        if (!lefts.MoveNext()) yield break;
        var table = RightAlone(join, seed, graph);
        do
        {
            var left = lefts.Current;
            bool matched = false;
            foreach (var merged in Merged(left, table))
            {
                if (join.Filter is not null && !IsTrue(join.Filter, merged, graph)) continue;
                matched = true;
                yield return merged;
            }
            if (!matched) yield return left;
        }
        while (lefts.MoveNext());
    }

    private IEnumerable<long[]> EvalMinus(MinusOp minus, long[] seed, GraphScope graph)
    {
        // The left side starts first: when it has no solution, the right side is never built.
        using var lefts = Eval(minus.Left, seed, graph).GetEnumerator();
        if (!lefts.MoveNext()) yield break;
        // Right solutions indexed by the variables both sides bind for sure: a right solution that
        // removes a left one agrees with it there, so only that bucket is compared.
        var right = new HashTable(JoinKeySlots(minus.Left, minus.Right), ColumnsOf(minus.Right));
        foreach (var r in Eval(minus.Right, seed, graph)) right.Add(r);
        do
        {
            var left = lefts.Current;
            bool removed = false;
            foreach (var r in right.Candidates(left))
                if (right.Removes(r, left, seed)) { removed = true; break; }
            if (!removed) yield return left;
        }
        while (lefts.MoveNext());
    }

    private IEnumerable<long[]> EvalUnion(UnionOp union, long[] seed, GraphScope graph)
    {
        foreach (var r in Eval(union.Left, seed, graph)) yield return r;
        foreach (var r in Eval(union.Right, seed, graph)) yield return r;
    }

    private IEnumerable<long[]> EvalFilter(FilterOp filter, long[] seed, GraphScope graph)
    {
        if (OnePatternScan(filter.Inner, seed, graph) is { } scan)
            return MatchOneWhere(scan.Pattern, seed, scan.Graph, filter.Exprs, graph);
        return FilterEach(filter, seed, graph);
    }

    /// <summary>The one pattern under a filter, alone or in a GRAPH whose unbound variable the scan binds, with the graph it is read in.</summary>
    private ((Position S, Position P, Position O) Pattern, GraphScope Graph)? OnePatternScan(Op inner, long[] seed, GraphScope graph)
    {
        if (inner is BgpOp { Triples.Count: 1 } bgp) return (CompiledPatterns(bgp)[0], graph);
        if (inner is GraphOp { Graph: Var graphVar, Inner: BgpOp { Triples.Count: 1 } inGraph } && seed[_slots[graphVar.Name]] == 0)
            return (CompiledPatterns(inGraph)[0], GraphScope.Variable(_slots[graphVar.Name]));
        return null;
    }

    private IEnumerable<long[]> FilterEach(FilterOp filter, long[] seed, GraphScope graph)
    {
        var conditions = ConditionsOf(filter.Exprs, graph);
        foreach (var r in Eval(filter.Inner, seed, graph))
            if (AllTrue(conditions, r)) yield return r;
    }

    private IEnumerable<long[]> EvalExtend(ExtendOp extend, long[] seed, GraphScope graph)
    {
        int slot = _slots[extend.Variable];
        // An expression of one variable (STRAFTER(STR(?kindIri), "#")) is worked out once per value of it.
        var inputs = extend.Expr.Variables();
        int input = inputs.Count == 1 && extend.Expr is not VarExpr && QueryOptimizer.IsDeterministic(extend.Expr) ? _slots[inputs.First()] : -1;
        var known = input >= 0 ? new Dictionary<long, long>() : null;
        foreach (var r in Eval(extend.Inner, seed, graph))
        {
            if (extend.Inner is not ExtendOp) NextSolution(); // a chain of BINDs works on one solution
            long id;
            if (known is null) id = IdOf(extend.Expr, r, graph);
            else if (!known.TryGetValue(r[input], out id)) known[r[input]] = id = IdOf(extend.Expr, r, graph);
            if (id == 0) { yield return r; continue; }
            if (r[slot] == id) { yield return r; continue; }
            if (r[slot] != 0) continue; // bound by the seed to another value
            var copy = (long[])r.Clone();
            copy[slot] = id;
            yield return copy;
        }
    }

    /// <summary>The id of an expression's value, 0 for an error; a variable's id is taken as it is, not decoded and encoded again.</summary>
    private long IdOf(Expr expr, long[] row, GraphScope graph)
    {
        if (expr is VarExpr v) return row[_slots[v.Name]];
        var value = Evaluate(expr, row, graph);
        return value is null ? 0 : _terms.Encode(value);
    }

    private IEnumerable<long[]> EvalTable(TableOp table, long[] seed)
    {
        var slots = table.Variables.Select(v => _slots[v]).ToArray();
        foreach (var row in table.Rows)
        {
            var r = (long[])seed.Clone();
            bool ok = true;
            for (int i = 0; i < slots.Length && ok; i++)
            {
                if (row[i] is null) continue;
                long id = _terms.Encode(row[i]!);
                if (r[slots[i]] == 0) r[slots[i]] = id;
                else if (r[slots[i]] != id) ok = false;
            }
            if (ok) yield return r;
        }
    }

    // ------------------------------------------------------------ graphs

    private IEnumerable<long[]> EvalGraph(GraphOp op, long[] seed, GraphScope outer)
    {
        if (op.Graph is TermNode tn)
        {
            long id = _terms.Encode(tn.Term);
            if (!_dataset.IsNamedGraph(id, _store)) yield break;
            foreach (var r in Eval(op.Inner, seed, GraphScope.Named(id))) yield return r;
            yield break;
        }
        var graphVar = ((Var)op.Graph).Name;
        int slot = _slots[graphVar];
        // Inside the pattern the graph variable is not bound by GRAPH itself (18.5: Join(P in g, {?g: g})).
        var innerSeed = seed;
        if (seed[slot] != 0)
        {
            long g = seed[slot];
            if (!_dataset.IsNamedGraph(g, _store)) yield break;
            innerSeed = (long[])seed.Clone();
            innerSeed[slot] = 0;
            foreach (var r in Eval(op.Inner, innerSeed, GraphScope.Named(g)))
                if (WithGraph(r, slot, g) is { } bound) yield return bound;
            yield break;
        }
        if (IsScanOnly(op.Inner, graphVar))
        {
            // One scan over all named graphs binds the graph variable as it goes.
            foreach (var r in Eval(op.Inner, seed, GraphScope.Variable(slot))) yield return r;
            yield break;
        }
        foreach (var g in _dataset.EnumerateNamedGraphs(_store).ToList())
            foreach (var r in Eval(op.Inner, seed, GraphScope.Named(g)))
                if (WithGraph(r, slot, g) is { } bound) yield return bound;
    }

    /// <summary>The solution joined with {?g: graph}: null when it binds ?g to something else.</summary>
    private static long[]? WithGraph(long[] row, int slot, long graph)
    {
        if (row[slot] == graph) return row;
        if (row[slot] != 0) return null;
        var copy = (long[])row.Clone();
        copy[slot] = graph;
        return copy;
    }

    /// <summary>A non-empty BGP (maybe filtered): every solution comes from a quad scan, so the graph variable is bound by the scan.</summary>
    private static bool IsScanOnly(Op op, string graphVar) => op switch
    {
        BgpOp b => b.Triples.Count > 0,
        FilterOp f => IsScanOnly(f.Inner, graphVar) && f.Exprs.All(e => e is not ExistsExpr && !e.Variables().Contains(graphVar)),
        // Each solution extends one of the required part, whose scan bound the graph variable; the
        // optional part then reads that graph. It must not mention the variable itself: inside the
        // pattern the variable is not the graph's name (18.5), and an optional part that bound it
        // otherwise would be dropped whole by the join with the graph's name, not left out.
        LeftJoinOp l => IsScanOnly(l.Left, graphVar) && IsScanOnly(l.Right, graphVar) && TakesBindings(l.Right)
                        && !OpVariables.Mentioned(l.Right).Contains(graphVar) && l.Filter?.Variables().Contains(graphVar) != true,
        // VALUES at the start of the pattern: each solution still comes from the pattern's scan.
        JoinOp { Left: TableOp table } j => !table.Variables.Contains(graphVar) && IsScanOnly(j.Right, graphVar),
        _ => false,
    };

    // ------------------------------------------------------------ solution modifiers

    private IEnumerable<long[]> EvalProject(ProjectOp project, IEnumerable<long[]> rows)
    {
        var slots = project.Variables.Select(v => _slots[v]).ToArray();
        foreach (var r in rows)
        {
            var p = EmptyRow();
            foreach (var s in slots) p[s] = r[s];
            yield return p;
        }
    }

    private static IEnumerable<long[]> Distinct(IEnumerable<long[]> rows)
    {
        var seen = new HashSet<long[]>(RowComparer.Instance);
        foreach (var r in rows)
            if (seen.Add(r)) yield return r;
    }

    private static IEnumerable<long[]> Slice(IEnumerable<long[]> rows, long offset, long limit)
    {
        if (limit == 0) yield break;
        long skipped = 0, taken = 0;
        foreach (var r in rows)
        {
            if (skipped < offset) { skipped++; continue; }
            yield return r;
            if (limit >= 0 && ++taken >= limit) yield break;
        }
    }

    private sealed class SortKeyComparer(IReadOnlyList<SortCondition> conditions) : IComparer<(Term?[] Key, long Index)>
    {
        public int Compare((Term?[] Key, long Index) a, (Term?[] Key, long Index) b)
        {
            for (int i = 0; i < conditions.Count; i++)
            {
                int c = Operators.OrderBy.Compare(a.Key[i], b.Key[i]);
                if (c != 0) return conditions[i].Descending ? -c : c;
            }
            return a.Index.CompareTo(b.Index);
        }
    }

    private Term?[] SortKey(IReadOnlyList<SortCondition> conditions, long[] row, GraphScope graph)
    {
        var key = new Term?[conditions.Count];
        for (int i = 0; i < key.Length; i++) key[i] = Evaluate(conditions[i].Expr, row, graph);
        return key;
    }

    /// <summary>
    /// Sorts by ranks. Comparing two terms can mean parsing numbers or dates from their lexical forms,
    /// and a sort compares each row's key about log n times; so each condition's distinct values are
    /// put in order once (<see cref="SortValues"/>) and the rows are sorted by their values' ranks, ties
    /// in arrival order. A condition that is a plain variable is keyed by the term's id, so each
    /// distinct term is decoded once. Where nearly every row has a value of its own (a claim IRI after
    /// five other conditions), its values are compared directly, only for the rows left tied.
    /// </summary>
    private IEnumerable<long[]> EvalOrderBy(IEnumerable<long[]> rows, IReadOnlyList<SortCondition> conditions, GraphScope graph)
    {
        int width = conditions.Count;
        var values = new SortValues[width];
        var slots = new int[width];
        for (int c = 0; c < width; c++)
        {
            values[c] = new SortValues(_terms);
            slots[c] = conditions[c].Expr is VarExpr v ? _slots[v.Name] : -1;
        }
        var buffered = new List<long[]>();
        var keys = new List<int>();   // per row, per condition: the index of its value in values[c]
        foreach (var r in rows)
        {
            buffered.Add(r);
            for (int c = 0; c < width; c++)
                keys.Add(slots[c] >= 0 ? values[c].IndexOfId(r[slots[c]]) : values[c].IndexOf(Evaluate(conditions[c].Expr, r, graph)));
        }
        var ranks = new int[]?[width];
        for (int c = 0; c < width; c++) ranks[c] = values[c].Count * 2 <= buffered.Count ? values[c].Ranks() : null;
        var order = new int[buffered.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            for (int c = 0; c < width; c++)
            {
                int va = keys[a * width + c], vb = keys[b * width + c];
                int byValue = ranks[c] is { } rank ? rank[va].CompareTo(rank[vb]) : values[c].Compare(va, vb);
                if (byValue != 0) return conditions[c].Descending ? -byValue : byValue;
            }
            return a.CompareTo(b);
        });
        foreach (int i in order) yield return buffered[i];
    }

    /// <summary>The distinct values one ORDER BY condition took, and their ranks in ORDER BY's order.</summary>
    private sealed class SortValues(TermTable terms)
    {
        private readonly Dictionary<Term, int> _indexes = [];
        private readonly Dictionary<long, int> _indexesById = [];
        private readonly List<TermValue> _values = [default];   // index 0: unbound, or an expression error; each value read once

        public int Count => _values.Count;

        public int IndexOf(Term? value)
        {
            if (value is null) return 0;
            if (!_indexes.TryGetValue(value, out int index))
            {
                index = _values.Count;
                _values.Add(TermValue.Of(value));
                _indexes.Add(value, index);
            }
            return index;
        }

        /// <summary>The index of a variable's value by its term id (0: unbound); a term has one id, so ids and terms index alike.</summary>
        public int IndexOfId(long id)
        {
            if (id == 0) return 0;
            if (!_indexesById.TryGetValue(id, out int index)) _indexesById[id] = index = IndexOf(terms.Decode(id));
            return index;
        }

        public int Compare(int a, int b) => a == b ? 0 : Operators.OrderByValues.Compare(_values[a], _values[b]);

        /// <summary>For each value index, its rank; values the order finds equal share a rank.</summary>
        public int[] Ranks()
        {
            var byOrder = Enumerable.Range(0, _values.Count).ToArray();
            Array.Sort(byOrder, Compare);
            var ranks = new int[_values.Count];
            for (int i = 1; i < byOrder.Length; i++)
                ranks[byOrder[i]] = ranks[byOrder[i - 1]] + (Compare(byOrder[i - 1], byOrder[i]) == 0 ? 0 : 1);
            return ranks;
        }
    }

    /// <summary>ORDER BY + LIMIT: keeps only the best <paramref name="limit"/> solutions, trimming a buffer of twice that size.</summary>
    private IEnumerable<long[]> EvalTopN(IEnumerable<long[]> rows, IReadOnlyList<SortCondition> conditions, long limit, GraphScope graph)
    {
        if (limit <= 0) yield break;
        var comparer = new SortKeyComparer(conditions);
        var buffer = new List<((Term?[] Key, long Index) Sort, long[] Row)>();
        long index = 0;
        int cap = (int)Math.Min(Math.Max(limit * 2, 64), int.MaxValue / 2);
        (Term?[] Key, long Index)? worstKept = null;
        foreach (var r in rows)
        {
            var key = (SortKey(conditions, r, graph), index++);
            if (worstKept is not null && comparer.Compare(key, worstKept.Value) > 0) continue;
            buffer.Add((key, r));
            if (buffer.Count >= cap)
            {
                buffer.Sort((a, b) => comparer.Compare(a.Sort, b.Sort));
                buffer.RemoveRange((int)limit, buffer.Count - (int)limit);
                worstKept = buffer[^1].Sort;
            }
        }
        buffer.Sort((a, b) => comparer.Compare(a.Sort, b.Sort));
        for (int i = 0; i < buffer.Count && i < limit; i++) yield return buffer[i].Row;
    }

    // ------------------------------------------------------------ extension points

    private IEnumerable<long[]> EvalPropertyFunction(PropertyFunctionOp op, long[] seed)
    {
        var function = _propertyFunctions[op.FunctionIri];
        PropertyFunctionArgument Arg(Node n) => n switch
        {
            Var v when seed[_slots[v.Name]] != 0 => new PropertyFunctionArgument(_terms.Decode(seed[_slots[v.Name]]), v.Name),
            Var v => new PropertyFunctionArgument(null, v.Name),
            TermNode t => new PropertyFunctionArgument(t.Term, null),
            _ => throw new NotSupportedException(),
        };
        var subject = op.Subject.Select(Arg).ToArray();
        var obj = op.Object.Select(Arg).ToArray();
        var context = new PropertyFunctionContext(_store, _functions, _cancel);
        foreach (var solution in function.Evaluate(subject, obj, context))
        {
            var row = (long[])seed.Clone();
            bool ok = true;
            foreach (var (name, value) in solution)
            {
                if (!_slots.TryGetValue(name, out int slot)) continue;
                long id = _terms.Encode(value);
                if (row[slot] == 0) row[slot] = id;
                else if (row[slot] != id) { ok = false; break; }
            }
            if (ok) yield return row;
        }
    }

    private IEnumerable<long[]> EvalService(ServiceOp op, long[] seed)
    {
        string? endpoint = op.Endpoint switch
        {
            TermNode { Term: Iri iri } => iri.Value,
            Var v when seed[_slots[v.Name]] != 0 && _terms.Decode(seed[_slots[v.Name]]) is Iri bound => bound.Value,
            _ => null,
        };
        var handler = _options.ServiceHandler;
        if (endpoint is null || handler is null || !handler.CanHandle(endpoint))
        {
            if (op.Silent) return new[] { seed };
            throw new SparqlEvaluationException(endpoint is null
                ? "SERVICE with an unbound endpoint variable"
                : $"SERVICE <{endpoint}>: no handler for this endpoint");
        }
        var scope = OpVariables.InScope(op.Inner);
        var vars = OpVariables.Mentioned(op.Inner).Where(v => scope.Contains(v) && Var.IsUserName(v)).ToList();
        var query = new Query { Form = QueryForm.Select, Algebra = new ProjectOp(op.Inner, vars), ResultVariables = vars };
        List<long[]> rows;
        try
        {
            var result = handler.Execute(endpoint, query, _cancel);
            rows = new List<long[]>();
            var slots = result.Variables.Select(v => _slots.TryGetValue(v, out int s) ? s : -1).ToArray();
            foreach (var values in result.Rows)
            {
                var row = EmptyRow();
                for (int i = 0; i < slots.Length; i++)
                    if (slots[i] >= 0 && values[i] is not null) row[slots[i]] = _terms.Encode(values[i]!);
                rows.Add(row);
            }
        }
        catch (Exception) when (op.Silent)
        {
            return new[] { seed };
        }
        return JoinWithSeed(rows, seed);
    }

    /// <summary>
    /// The slots an operator's solutions may bind: a table of its solutions keeps only these. The rest
    /// of a solution is the seed, which the solutions it is merged with extend as well.
    /// </summary>
    private int[] ColumnsOf(Op op)
    {
        if (!_columns.TryGetValue(op, out var columns))
            _columns[op] = columns = OpVariables.InScope(op).Select(v => _slots[v]).Order().ToArray();
        return columns;
    }

    private readonly Dictionary<Op, int[]> _columns = new(ReferenceEqualityComparer.Instance);

    /// <summary>A solution's values of some slots (its stored form in a table).</summary>
    private static long[] Stored(long[] row, int[] columns)
    {
        var stored = new long[columns.Length];
        for (int i = 0; i < columns.Length; i++) stored[i] = row[columns[i]];
        return stored;
    }

    /// <summary>The merge of a solution with a stored one (<see cref="Stored"/>), or null when they disagree on a variable (see <see cref="Merge"/>).</summary>
    private static long[]? MergeStored(long[] row, long[] stored, int[] columns)
    {
        long[]? result = null;
        for (int i = 0; i < columns.Length; i++)
        {
            long value = stored[i];
            if (value == 0) continue;
            long current = row[columns[i]];
            if (current == 0)
            {
                result ??= (long[])row.Clone();
                result[columns[i]] = value;
            }
            else if (current != value) return null;
        }
        return result ?? row;
    }

    /// <summary>
    /// A hash index over solutions by the values of some slots; solutions with an unbound key slot
    /// match every probe. It keeps each solution's values of <c>columns</c> only (a few of the query's
    /// slots), as its stored form: a large table then holds less, for the collector to trace less.
    /// </summary>
    private sealed class HashTable(int[] keys, int[] columns)
    {
        private readonly Dictionary<long[], List<long[]>> _buckets = new(RowComparer.Instance);
        private readonly List<long[]> _unkeyed = new();
        // The key being looked up: filled per row, copied only when it starts a new bucket.
        private readonly long[] _key = new long[keys.Length];

        public int Count { get; private set; }

        public void Add(long[] row)
        {
            Count++;
            var stored = Stored(row, columns);
            if (!FillKey(row)) { _unkeyed.Add(stored); return; }
            if (!_buckets.TryGetValue(_key, out var list)) _buckets[(long[])_key.Clone()] = list = new List<long[]>();
            list.Add(stored);
        }

        /// <summary>The stored solutions that may be compatible with the probe.</summary>
        public IEnumerable<long[]> Candidates(long[] probe)
        {
            bool complete = FillKey(probe);
            // The common case, a bound key and no unkeyed solution: the bucket itself.
            if (complete && _unkeyed.Count == 0) return _buckets.TryGetValue(_key, out var bucket) ? bucket : Array.Empty<long[]>();
            return AllCandidates((long[])_key.Clone(), complete);
        }

        public long[]? Merge(long[] row, long[] stored) => MergeStored(row, stored, columns);

        /// <summary>MINUS: whether a stored solution removes the row, being compatible with it and sharing a variable the seed does not bind.</summary>
        public bool Removes(long[] stored, long[] row, long[] seed)
        {
            bool shared = false;
            for (int i = 0; i < columns.Length; i++)
            {
                long value = stored[i], current = row[columns[i]];
                if (value == 0 || current == 0) continue;
                if (value != current) return false;
                if (seed[columns[i]] == 0) shared = true;
            }
            return shared;
        }

        /// <summary>Reads the row's key; false when part of it is unbound.</summary>
        private bool FillKey(long[] row)
        {
            bool complete = true;
            for (int i = 0; i < keys.Length; i++)
                if ((_key[i] = row[keys[i]]) == 0) complete = false;
            return complete;
        }

        private IEnumerable<long[]> AllCandidates(long[] key, bool complete)
        {
            if (complete)
            {
                if (_buckets.TryGetValue(key, out var list)) foreach (var r in list) yield return r;
            }
            else
            {
                foreach (var list2 in _buckets.Values) foreach (var r in list2) yield return r;
            }
            foreach (var r in _unkeyed) yield return r;
        }
    }
}
