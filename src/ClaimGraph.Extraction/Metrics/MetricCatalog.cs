using ClaimGraph.Extraction.Lexing;
using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Extraction.Metrics;

/// <summary>A catalog metric: a SKOS concept with its labels and the nouns and verbs that select it (normalised).</summary>
public sealed record MetricConcept(string Iri, string Label, IReadOnlyList<string> AltLabels, IReadOnlyList<string> Nouns, IReadOnlyList<string> Verbs);

/// <summary>
/// The metric concepts of ontology/metrics.ttl, read from RDF (any reader's quads or triples), with
/// nouns singularised and verbs stemmed the same way the text is (see <see cref="Lemmatizer"/>).
/// </summary>
public sealed class MetricCatalog
{
    public const string Cg = "https://claimgraph.org/ns#";
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";

    public MetricCatalog(IEnumerable<MetricConcept> concepts, IEnumerable<Triple> triples, string sourceHash)
    {
        Concepts = concepts.ToList();
        Triples = triples.ToList();
        SourceHash = sourceHash;
    }

    public IReadOnlyList<MetricConcept> Concepts { get; }

    /// <summary>The catalog's triples as read, to store in the metrics graph.</summary>
    public IReadOnlyList<Triple> Triples { get; }

    /// <summary>SHA-256 of the catalog text, so ingest rewrites the metrics graph only when it changed.</summary>
    public string SourceHash { get; }

    public static MetricCatalog Empty { get; } = new([], [], "empty");

    /// <summary>Builds the catalog from the triples of a metrics document: every subject typed cg:Metric is a concept.</summary>
    public static MetricCatalog FromTriples(IEnumerable<Triple> triples, string sourceHash)
    {
        var all = triples.ToList();
        var metrics = all.Where(t => t.Predicate is Iri { Value: "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" } && t.Object is Iri { Value: Cg + "Metric" })
                         .Select(t => t.Subject).OfType<Iri>().Distinct().ToList();
        var bySubject = all.GroupBy(t => t.Subject).ToDictionary(g => g.Key, g => g.ToList());
        var concepts = new List<MetricConcept>();
        foreach (var metric in metrics)
        {
            var props = bySubject[metric];
            List<string> Values(string predicate) =>
                props.Where(t => t.Predicate is Iri p && p.Value == predicate).Select(t => t.Object).OfType<Literal>().Select(l => l.Lexical).ToList();
            var label = Values(Skos + "prefLabel").FirstOrDefault() ?? metric.Value;
            concepts.Add(new MetricConcept(metric.Value, label, Values(Skos + "altLabel"),
                Values(Cg + "matchNoun").Select(Lemmatizer.NounPhrase).ToList(),
                Values(Cg + "matchVerb").Select(Lemmatizer.VerbPhrase).ToList()));
        }
        return new MetricCatalog(concepts, all, sourceHash);
    }
}
