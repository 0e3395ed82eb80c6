using ClaimGraph.Conformance;

namespace ClaimGraph.Conformance.Tests;

/// <summary>The four RDF 1.1 syntax suites of the W3C, one test case per W3C test.</summary>
public class Rdf11SuiteTests
{
    [W3cSuite("rdf/rdf11/rdf-n-triples/manifest.ttl", "rdf/rdf11/rdf-n-quads/manifest.ttl",
              "rdf/rdf11/rdf-turtle/manifest.ttl", "rdf/rdf11/rdf-trig/manifest.ttl")]
    public void Rdf11(string manifest, string testId)
    {
        var result = SuiteCache.Runner.Run(SuiteCache.Test(manifest, testId));
        Assert.True(result.Outcome.Status == TestStatus.Passed, $"{testId}: {result.Outcome.Status}: {result.Outcome.Reason}");
    }
}
