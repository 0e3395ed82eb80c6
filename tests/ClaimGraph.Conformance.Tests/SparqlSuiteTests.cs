using ClaimGraph.Conformance;

namespace ClaimGraph.Conformance.Tests;

/// <summary>The SPARQL query suites the bar is measured on (and the federation suite, with mocked endpoints), one test case per W3C test.</summary>
public class SparqlSuiteTests
{
    [W3cSuite("sparql/sparql10/manifest.ttl")]
    public void Sparql10(string manifest, string testId) => AssertPasses(manifest, testId);

    [W3cSuite("sparql/sparql11/manifest-sparql11-query.ttl")]
    public void Sparql11Query(string manifest, string testId) => AssertPasses(manifest, testId);

    [W3cSuite("sparql/sparql11/manifest-sparql11-results.ttl")]
    public void Sparql11Results(string manifest, string testId) => AssertPasses(manifest, testId);

    [W3cSuite("sparql/sparql11/manifest-sparql11-fed.ttl")]
    public void Sparql11Federation(string manifest, string testId) => AssertPasses(manifest, testId);

    private static void AssertPasses(string manifest, string testId)
    {
        var result = SuiteCache.Runner.Run(SuiteCache.Test(manifest, testId));
        Assert.True(result.Outcome.Status == TestStatus.Passed, $"{testId}: {result.Outcome.Status}: {result.Outcome.Reason}");
    }
}
