using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Rdf.Comparison;

/// <summary>
/// Isomorphism of RDF datasets (sets of quads) under blank-node renaming, blank nodes allowed in every
/// position including graph names. Ground quads are compared as sets; blank nodes are coloured by
/// iterated hashing of their neighbourhoods (so most are told apart without search), then a
/// backtracking search tries the remaining candidates of equal colour, checking each partial mapping.
/// </summary>
public static class QuadSetIsomorphism
{
    public static bool AreIsomorphic(IEnumerable<Quad> expected, IEnumerable<Quad> actual) => Difference(expected, actual) is null;

    /// <summary>Null when the two are isomorphic, otherwise a short description of a difference.</summary>
    public static string? Difference(IEnumerable<Quad> expected, IEnumerable<Quad> actual)
    {
        var left = expected.ToHashSet();
        var right = actual.ToHashSet();
        if (left.Count != right.Count) return $"expected {left.Count} distinct quads, got {right.Count}{FirstGroundMismatch(left, right)}";

        var leftGround = left.Where(IsGround).ToHashSet();
        var rightGround = right.Where(IsGround).ToHashSet();
        if (!leftGround.SetEquals(rightGround)) return "ground quads differ" + FirstGroundMismatch(leftGround, rightGround);

        var leftBlank = left.Where(q => !IsGround(q)).ToList();
        var rightBlank = right.Where(q => !IsGround(q)).ToList();
        if (leftBlank.Count == 0) return null;

        var leftColours = Colour(leftBlank);
        var rightColours = Colour(rightBlank);
        var leftHistogram = leftColours.Values.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var rightHistogram = rightColours.Values.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        if (leftHistogram.Count != rightHistogram.Count || leftHistogram.Any(kv => !rightHistogram.TryGetValue(kv.Key, out int n) || n != kv.Value))
            return $"blank-node structure differs ({leftColours.Count} blank nodes expected, {rightColours.Count} found)";

        var search = new MappingSearch(leftBlank, rightBlank.ToHashSet(), leftColours, rightColours);
        return search.Run() ? null : "no blank-node mapping makes the quads equal";
    }

    private static string FirstGroundMismatch(HashSet<Quad> left, HashSet<Quad> right)
    {
        var missing = left.FirstOrDefault(q => IsGround(q) && !right.Contains(q));
        if (missing != default) return "; missing " + missing;
        var extra = right.FirstOrDefault(q => IsGround(q) && !left.Contains(q));
        return extra != default ? "; unexpected " + extra : "";
    }

    private static bool IsGround(Quad q) =>
        !q.Subject.IsBlankNode && !q.Object.IsBlankNode && !q.Predicate.IsBlankNode && q.Graph is not BlankNode;

    private static IEnumerable<Term> BlankNodesOf(Quad q)
    {
        if (q.Subject is BlankNode s) yield return s;
        if (q.Predicate is BlankNode p) yield return p;
        if (q.Object is BlankNode o) yield return o;
        if (q.Graph is BlankNode g) yield return g;
    }

    /// <summary>Colour refinement: a blank node's colour is a hash of the quads around it, iterated until the partition is stable.</summary>
    private static Dictionary<Term, int> Colour(List<Quad> quads)
    {
        var byNode = new Dictionary<Term, List<Quad>>();
        foreach (var q in quads)
            foreach (var b in BlankNodesOf(q))
            {
                if (!byNode.TryGetValue(b, out var list)) byNode[b] = list = [];
                list.Add(q);
            }

        var colours = byNode.Keys.ToDictionary(b => b, _ => 17);
        int distinct = 1;
        for (int round = 0; round < byNode.Count + 1; round++)
        {
            var next = new Dictionary<Term, int>(colours.Count);
            foreach (var (node, around) in byNode)
            {
                var hashes = around.Select(q => QuadHash(q, node, colours)).Order().ToList();
                var hash = new HashCode();
                hash.Add(colours[node]);
                foreach (int h in hashes) hash.Add(h);
                next[node] = hash.ToHashCode();
            }
            int nextDistinct = next.Values.Distinct().Count();
            colours = next;
            if (nextDistinct == distinct) break;
            distinct = nextDistinct;
        }
        return colours;
    }

    private static int QuadHash(Quad q, Term self, Dictionary<Term, int> colours) =>
        HashCode.Combine(TermHash(q.Subject, self, colours), TermHash(q.Predicate, self, colours), TermHash(q.Object, self, colours),
            q.Graph is null ? 0 : TermHash(q.Graph, self, colours));

    private static int TermHash(Term t, Term self, Dictionary<Term, int> colours) =>
        t is BlankNode ? (t.Equals(self) ? -1 : HashCode.Combine(5, colours[t])) : t.GetHashCode();

    private sealed class MappingSearch(List<Quad> left, HashSet<Quad> right, Dictionary<Term, int> leftColours, Dictionary<Term, int> rightColours)
    {
        private readonly Dictionary<Term, Term> _mapping = [];
        private readonly HashSet<Term> _used = [];
        private readonly Dictionary<Term, List<Quad>> _quadsOf = left
            .SelectMany(q => BlankNodesOf(q).Distinct().Select(b => (b, q)))
            .GroupBy(x => x.b).ToDictionary(g => g.Key, g => g.Select(x => x.q).ToList());
        private readonly Dictionary<int, List<Term>> _candidates = rightColours
            .GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.Select(kv => kv.Key).ToList());

        public bool Run()
        {
            // Most constrained first: nodes whose colour is shared by the fewest others.
            var order = leftColours.Keys.OrderBy(b => _candidates.TryGetValue(leftColours[b], out var c) ? c.Count : 0).ToList();
            return Assign(order, 0);
        }

        private bool Assign(List<Term> order, int index)
        {
            if (index == order.Count) return true;
            var node = order[index];
            if (!_candidates.TryGetValue(leftColours[node], out var candidates)) return false;
            foreach (var candidate in candidates)
            {
                if (_used.Contains(candidate)) continue;
                _mapping[node] = candidate;
                _used.Add(candidate);
                if (Consistent(node) && Assign(order, index + 1)) return true;
                _mapping.Remove(node);
                _used.Remove(candidate);
            }
            return false;
        }

        /// <summary>Every quad around the node whose blank nodes are all mapped must map onto a quad of the other side.</summary>
        private bool Consistent(Term node)
        {
            foreach (var q in _quadsOf[node])
            {
                if (!TryMap(q.Subject, out var s) || !TryMap(q.Predicate, out var p) || !TryMap(q.Object, out var o)) continue;
                Term? g = null;
                if (q.Graph is not null && !TryMap(q.Graph, out g)) continue;
                if (!right.Contains(new Quad(s!, p!, o!, g))) return false;
            }
            return true;
        }

        private bool TryMap(Term t, out Term? mapped)
        {
            if (t is not BlankNode) { mapped = t; return true; }
            return _mapping.TryGetValue(t, out mapped);
        }
    }
}
