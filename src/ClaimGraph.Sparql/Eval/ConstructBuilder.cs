using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql.Algebra;

namespace ClaimGraph.Sparql.Eval;

/// <summary>CONSTRUCT: instantiates the template once per solution (fresh blank nodes each time), skipping triples that are not valid RDF, each triple once.</summary>
internal sealed class ConstructBuilder(Evaluator evaluator, IReadOnlyList<TriplePattern> template)
{
    public IEnumerable<Triple> Build(IEnumerable<long[]> solutions)
    {
        var seen = new HashSet<Triple>();
        var blankNodes = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
        foreach (var row in solutions)
        {
            blankNodes.Clear();
            foreach (var t in template)
            {
                var s = Instantiate(t.Subject, row, blankNodes);
                var p = Instantiate(t.Predicate, row, blankNodes);
                var o = Instantiate(t.Object, row, blankNodes);
                if (s is null || s is Literal || p is not Iri || o is null) continue;
                var triple = new Triple(s, p, o);
                if (seen.Add(triple)) yield return triple;
            }
        }
    }

    private Term? Instantiate(Node node, long[] row, Dictionary<string, BlankNode> blankNodes)
    {
        switch (node)
        {
            case Var v:
                return evaluator.Terms.DecodeOrNull(row[evaluator.Slot(v.Name)]);
            case TermNode { Term: BlankNode b }:
                if (!blankNodes.TryGetValue(b.Label, out var fresh)) blankNodes[b.Label] = fresh = BlankNode.Fresh();
                return fresh;
            case TermNode t:
                return t.Term;
            default:
                return null;
        }
    }
}
