using System.Xml.Linq;
using ClaimGraph.Rdf.Iris;
using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Conformance;

/// <summary>
/// A small RDF/XML reader for the subset the SPARQL suites use (16 files: expected results of the
/// sort tests, data of the subquery tests): node elements (rdf:Description or typed) with rdf:about,
/// rdf:ID, rdf:nodeID or none; property elements with rdf:resource, rdf:nodeID, rdf:datatype, xml:lang,
/// rdf:parseType="Resource", a nested node element, or text. Not a general RDF/XML parser: no
/// containers, reification, parseType Literal/Collection or property attributes.
/// </summary>
internal static class SparqlRdfXmlSubsetReader
{
    private const string RdfNs = Vocab.Rdf.Namespace;
    private static readonly XNamespace Rdf = RdfNs;
    private static readonly XNamespace Xml = XNamespace.Xml;

    public static List<Triple> Read(string path, string baseIri)
    {
        var doc = XDocument.Load(path, LoadOptions.None);
        var triples = new List<Triple>();
        var blankNodes = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
        var root = doc.Root ?? throw new FormatException($"{path}: empty RDF/XML document");
        var nodes = root.Name == Rdf + "RDF" ? root.Elements() : [root];
        foreach (var node in nodes) NodeElement(node, BaseOf(root, baseIri), triples, blankNodes);
        return triples;
    }

    private static string BaseOf(XElement e, string inherited) =>
        e.Attribute(Xml + "base") is XAttribute b ? IriReference.Resolve(inherited, b.Value) : inherited;

    private static Term NodeElement(XElement e, string baseIri, List<Triple> triples, Dictionary<string, BlankNode> blankNodes)
    {
        baseIri = BaseOf(e, baseIri);
        Term subject =
            e.Attribute(Rdf + "about") is XAttribute about ? new Iri(IriReference.Resolve(baseIri, about.Value))
            : e.Attribute(Rdf + "ID") is XAttribute id ? new Iri(IriReference.Resolve(baseIri, "#" + id.Value))
            : e.Attribute(Rdf + "nodeID") is XAttribute nodeId ? Blank(nodeId.Value, blankNodes)
            : BlankNode.Fresh();
        if (e.Name != Rdf + "Description")
            triples.Add(new Triple(subject, Vocab.Rdf.Type, new Iri(e.Name.NamespaceName + e.Name.LocalName)));
        PropertyElements(e, subject, baseIri, triples, blankNodes);
        return subject;
    }

    private static void PropertyElements(XElement e, Term subject, string baseIri, List<Triple> triples, Dictionary<string, BlankNode> blankNodes)
    {
        foreach (var property in e.Elements())
        {
            string propertyBase = BaseOf(property, baseIri);
            var predicate = new Iri(property.Name.NamespaceName + property.Name.LocalName);
            Term value;
            if (property.Attribute(Rdf + "resource") is XAttribute resource)
                value = new Iri(IriReference.Resolve(propertyBase, resource.Value));
            else if (property.Attribute(Rdf + "nodeID") is XAttribute nodeId)
                value = Blank(nodeId.Value, blankNodes);
            else if (property.Attribute(Rdf + "parseType")?.Value == "Resource")
            {
                value = BlankNode.Fresh();
                PropertyElements(property, value, propertyBase, triples, blankNodes);
            }
            else if (property.Elements().FirstOrDefault() is XElement nested)
                value = NodeElement(nested, propertyBase, triples, blankNodes);
            else if (property.Attribute(Rdf + "datatype") is XAttribute datatype)
            {
                var dt = new Iri(IriReference.Resolve(propertyBase, datatype.Value));
                value = dt.Equals(Vocab.Xsd.String) ? Literal.String(property.Value) : Literal.Typed(property.Value, dt);
            }
            else if (LanguageOf(property) is string lang && lang.Length > 0)
                value = Literal.LangTagged(property.Value, lang);
            else
                value = Literal.String(property.Value);
            triples.Add(new Triple(subject, predicate, value));
        }
    }

    private static string? LanguageOf(XElement e) =>
        e.AncestorsAndSelf().Select(a => a.Attribute(Xml + "lang")?.Value).FirstOrDefault(v => v is not null);

    private static BlankNode Blank(string id, Dictionary<string, BlankNode> blankNodes)
    {
        if (!blankNodes.TryGetValue(id, out var b)) blankNodes[id] = b = BlankNode.Fresh();
        return b;
    }
}
