using System.Security.Cryptography;
using System.Text;
using ClaimGraph.Rdf.Syntax;

namespace ClaimGraph.Extraction.Metrics;

/// <summary>Loads the metric catalog from Turtle: the copy of ontology/metrics.ttl built into this assembly, or a file.</summary>
public static class MetricCatalogLoader
{
    private const string ResourceName = "ClaimGraph.Extraction.metrics.ttl";
    private const string BaseIri = "https://claimgraph.org/id/metric/";

    /// <summary>The built-in catalog (ontology/metrics.ttl at build time).</summary>
    public static MetricCatalog BuiltIn()
    {
        using var stream = typeof(MetricCatalogLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the build");
        using var text = new StreamReader(stream, Encoding.UTF8);
        return FromTurtle(text.ReadToEnd(), "ontology/metrics.ttl");
    }

    /// <summary>A catalog from a Turtle file. Syntax errors surface as <see cref="RdfSyntaxException"/> (file, line, column).</summary>
    public static MetricCatalog FromFile(string path) => FromTurtle(File.ReadAllText(path, Encoding.UTF8), path);

    public static MetricCatalog FromTurtle(string turtle, string sourceName)
    {
        using var reader = RdfFormat.Turtle.CreateReader(new StringReader(turtle), new RdfReaderOptions { BaseIri = BaseIri, SourceName = sourceName, KeepBlankNodeLabels = true });
        var triples = reader.ReadQuads().Select(q => q.Triple).ToList();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(turtle)));
        return MetricCatalog.FromTriples(triples, hash);
    }
}
