namespace ClaimGraph.Sparql.Tests;

/// <summary>The W3C SPARQL syntax tests, run straight through the parser.</summary>
public sealed class ParserW3cSyntaxTests
{
    private static readonly string[] Manifests =
    {
        "sparql/sparql10/syntax-sparql1/manifest.ttl", "sparql/sparql10/syntax-sparql2/manifest.ttl",
        "sparql/sparql10/syntax-sparql3/manifest.ttl", "sparql/sparql10/syntax-sparql4/manifest.ttl",
        "sparql/sparql10/syntax-sparql5/manifest.ttl", "sparql/sparql11/syntax-query/manifest.ttl",
        "sparql/sparql11/aggregates/manifest.ttl", "sparql/sparql11/grouping/manifest.ttl",
        "sparql/sparql11/construct/manifest.ttl", "sparql/sparql11/syntax-fed/manifest.ttl",
    };

    [Fact]
    public void EverySyntaxTestPasses()
    {
        if (W3cSuite.Root is null) return; // suites absent: nothing to check (said once by the conformance tests)
        var failures = new List<string>();
        int count = 0;
        foreach (var manifest in Manifests)
        {
            foreach (var (file, positive) in W3cSuite.SyntaxTests(manifest))
            {
                count++;
                string? error = null;
                try { SparqlParser.ParseQuery(File.ReadAllText(file), "http://example/base/" + Path.GetFileName(file)); }
                catch (SparqlSyntaxException e) { error = e.Message; }
                catch (Exception e) { error = "CRASH " + e.GetType().Name + ": " + e.Message; }
                if (positive && error is not null) failures.Add($"{file}: should parse but: {error}");
                if (!positive && error is null) failures.Add($"{file}: should be rejected");
                if (!positive && error is not null && error.StartsWith("CRASH", StringComparison.Ordinal)) failures.Add($"{file}: {error}");
            }
        }
        Assert.True(count > 200, $"only {count} syntax tests found");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} failed:\n" + string.Join("\n", failures));
    }
}
