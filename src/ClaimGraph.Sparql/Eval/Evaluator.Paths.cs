using ClaimGraph.Sparql.Algebra;
using ClaimGraph.Store;

namespace ClaimGraph.Sparql.Eval;

/// <summary>
/// Property paths (section 9, 18.4): pairs (start, end) connected by a path in one graph.
/// Closures (* +) are breadth-first searches with a visited set, so each reachable node comes once;
/// ? also gives distinct pairs; the other forms keep duplicates as their joins would.
/// </summary>
internal sealed partial class Evaluator
{
    private IEnumerable<long[]> EvalPath(PathOp op, long[] seed, GraphScope graph)
    {
        if (graph.Kind == GraphScopeKind.Variable && seed[graph.Slot] == 0)
        {
            // A path needs one graph at a time.
            foreach (var g in _dataset.EnumerateNamedGraphs(_store).ToList())
            {
                var s = (long[])seed.Clone();
                s[graph.Slot] = g;
                foreach (var r in EvalPath(op, s, GraphScope.Named(g))) yield return r;
            }
            yield break;
        }
        if (graph.Kind == GraphScopeKind.Variable) graph = GraphScope.Named(seed[graph.Slot]);

        var sPos = Compile(op.Subject);
        var oPos = Compile(op.Object);
        long s0 = Resolve(sPos, seed), o0 = Resolve(oPos, seed);
        // A term that reaches the path through a variable must be a node of the graph: zero-length
        // paths connect the graph's nodes (and constants written in the path pattern), nothing else.
        if (sPos.Slot >= 0 && s0 != 0 && !IsGraphNode(s0, graph) || oPos.Slot >= 0 && o0 != 0 && !IsGraphNode(o0, graph)) yield break;
        foreach (var (s, o) in Pairs(op.Path, s0, o0, graph))
        {
            if ((++_ticks & 1023) == 0) _cancel.ThrowIfCancellationRequested();
            long[]? result = null;
            if (!Bind(ref result, seed, sPos.Slot, s)) continue;
            if (!Bind(ref result, seed, oPos.Slot, o)) continue;
            yield return result ?? seed;
        }
    }

    /// <summary>Pairs connected by <paramref name="path"/>; <paramref name="s"/>/<paramref name="o"/> = 0 when free.</summary>
    private IEnumerable<(long S, long O)> Pairs(PropertyPath path, long s, long o, GraphScope graph)
    {
        switch (path)
        {
            case LinkPath link:
                {
                    long p = _terms.Encode(link.Iri);
                    if (p < 0 || s < 0 || o < 0) return Array.Empty<(long, long)>();
                    return ScanScope(s, p, o, graph, null).Select(q => (q.Subject, q.Object));
                }
            case InversePath inv:
                return Pairs(inv.Inner, o, s, graph).Select(pair => (pair.O, pair.S));
            case SequencePath seq:
                return Sequence(seq, s, o, graph);
            case AlternativePath alt:
                return Pairs(alt.First, s, o, graph).Concat(Pairs(alt.Second, s, o, graph));
            case NegatedPropertySetPath neg:
                return Negated(neg, s, o, graph);
            case ZeroOrOnePath zo:
                return ZeroOrOne(zo.Inner, s, o, graph);
            case ZeroOrMorePath zm:
                return Closure(zm.Inner, s, o, graph, includeZero: true);
            case OneOrMorePath om:
                return Closure(om.Inner, s, o, graph, includeZero: false);
            default:
                throw new NotSupportedException(path.GetType().Name);
        }
    }

    private IEnumerable<(long S, long O)> Sequence(SequencePath seq, long s, long o, GraphScope graph)
    {
        if (s == 0 && o != 0)
        {
            foreach (var (mid, end) in Pairs(seq.Second, 0, o, graph))
                foreach (var (start, _) in Pairs(seq.First, 0, mid, graph))
                    yield return (start, end);
            yield break;
        }
        foreach (var (start, mid) in Pairs(seq.First, s, 0, graph))
            foreach (var (_, end) in Pairs(seq.Second, mid, o, graph))
                yield return (start, end);
    }

    private IEnumerable<(long S, long O)> Negated(NegatedPropertySetPath neg, long s, long o, GraphScope graph)
    {
        if (s < 0 || o < 0) yield break;
        bool forwardPart = neg.Forward.Count > 0 || neg.Inverse.Count == 0;
        if (forwardPart)
        {
            var excluded = neg.Forward.Select(i => _terms.Encode(i)).ToHashSet();
            foreach (var q in ScanScope(s, 0, o, graph, null))
                if (!excluded.Contains(q.Predicate)) yield return (q.Subject, q.Object);
        }
        if (neg.Inverse.Count > 0)
        {
            var excluded = neg.Inverse.Select(i => _terms.Encode(i)).ToHashSet();
            foreach (var q in ScanScope(o, 0, s, graph, null))
                if (!excluded.Contains(q.Predicate)) yield return (q.Object, q.Subject);
        }
    }

    private IEnumerable<(long S, long O)> ZeroOrOne(PropertyPath inner, long s, long o, GraphScope graph)
    {
        var seen = new HashSet<(long, long)>();
        foreach (var pair in ZeroLength(s, o, graph))
            if (seen.Add(pair)) yield return pair;
        foreach (var pair in Pairs(inner, s, o, graph))
            if (seen.Add(pair)) yield return pair;
    }

    /// <summary>The zero-length path: every node of the graph to itself, or the given term to itself.</summary>
    private IEnumerable<(long S, long O)> ZeroLength(long s, long o, GraphScope graph)
    {
        if (s != 0 && o != 0)
        {
            if (s == o) yield return (s, s);
            yield break;
        }
        if (s != 0) { yield return (s, s); yield break; }
        if (o != 0) { yield return (o, o); yield break; }
        foreach (var n in GraphNodes(graph)) yield return (n, n);
    }

    private bool IsGraphNode(long id, GraphScope graph) =>
        id > 0 && (ScanScope(id, 0, 0, graph, null).Any() || ScanScope(0, 0, id, graph, null).Any());

    /// <summary>Every subject and object of the active graph, once each.</summary>
    private IEnumerable<long> GraphNodes(GraphScope graph)
    {
        var seen = new HashSet<long>();
        foreach (var q in ScanScope(0, 0, 0, graph, null))
        {
            if (seen.Add(q.Subject)) yield return q.Subject;
            if (seen.Add(q.Object)) yield return q.Object;
        }
    }

    private IEnumerable<(long S, long O)> Closure(PropertyPath inner, long s, long o, GraphScope graph, bool includeZero)
    {
        if (s != 0)
        {
            foreach (var end in Reachable(inner, s, forward: true, graph, includeZero))
                if (o == 0 || end == o) yield return (s, end);
            yield break;
        }
        if (o != 0)
        {
            foreach (var start in Reachable(inner, o, forward: false, graph, includeZero))
                yield return (start, o);
            yield break;
        }
        // Both ends free: search from every node that can start a path.
        IEnumerable<long> starts = includeZero ? GraphNodes(graph) : Pairs(inner, 0, 0, graph).Select(p => p.S).Distinct();
        foreach (var start in starts.ToList())
            foreach (var end in Reachable(inner, start, forward: true, graph, includeZero))
                yield return (start, end);
    }

    /// <summary>Breadth-first search along <paramref name="inner"/> (or against it), each node once.</summary>
    private IEnumerable<long> Reachable(PropertyPath inner, long start, bool forward, GraphScope graph, bool includeZero)
    {
        var visited = new HashSet<long>();
        var queue = new Queue<long>();
        if (includeZero) { visited.Add(start); yield return start; }
        queue.Enqueue(start);
        var expanded = new HashSet<long>();
        while (queue.Count > 0)
        {
            _cancel.ThrowIfCancellationRequested();
            long node = queue.Dequeue();
            if (!expanded.Add(node)) continue;
            var steps = forward ? Pairs(inner, node, 0, graph).Select(p => p.O) : Pairs(inner, 0, node, graph).Select(p => p.S);
            foreach (var next in steps)
            {
                if (visited.Add(next)) yield return next;
                queue.Enqueue(next);
            }
        }
    }
}
