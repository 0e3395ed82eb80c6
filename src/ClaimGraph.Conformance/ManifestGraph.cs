using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Conformance;

/// <summary>The triples of a manifest, indexed by subject, with helpers to read properties and RDF lists.</summary>
public sealed class ManifestGraph
{
    private readonly Dictionary<Term, List<(Term Predicate, Term Object)>> _bySubject = [];

    public ManifestGraph(IEnumerable<Quad> quads)
    {
        foreach (var q in quads)
        {
            if (!_bySubject.TryGetValue(q.Subject, out var list)) _bySubject[q.Subject] = list = [];
            list.Add((q.Predicate, q.Object));
        }
    }

    public IEnumerable<Term> Subjects => _bySubject.Keys;

    public IEnumerable<Term> Objects(Term subject, Iri predicate) =>
        _bySubject.TryGetValue(subject, out var list) ? list.Where(x => x.Predicate.Equals(predicate)).Select(x => x.Object) : [];

    public Term? Object(Term subject, Iri predicate) => Objects(subject, predicate).FirstOrDefault();

    /// <summary>The lexical form of the first literal value, or null.</summary>
    public string? Text(Term subject, Iri predicate) => (Object(subject, predicate) as Literal)?.Lexical;

    /// <summary>The members of the RDF list starting at <paramref name="head"/>, in order.</summary>
    public IReadOnlyList<Term> List(Term head)
    {
        var items = new List<Term>();
        var seen = new HashSet<Term>();
        for (var node = head; !node.Equals(Vocab.Rdf.Nil) && seen.Add(node);)
        {
            var first = Object(node, Vocab.Rdf.First);
            if (first is null) break;
            items.Add(first);
            node = Object(node, Vocab.Rdf.Rest) ?? Vocab.Rdf.Nil;
        }
        return items;
    }
}
