using ClaimGraph.Consistency.Checking;
using ClaimGraph.Consistency.Model;
using ClaimGraph.Store;
using Xunit.Abstractions;

namespace ClaimGraph.Consistency.Tests;

/// <summary>
/// The report applies the rules within a series in one streaming pass over series.rq; the queries of
/// queries/ (conflicts.rq, stale.rq, ...) state the same rules in SPARQL. Both ways must give the same
/// series, verdicts, implied rates and findings, finding for finding and word for word.
/// </summary>
public class RuleSourceAgreementTests(ITestOutputHelper output)
{
    [Fact]
    public void Streaming_rules_and_queries_agree_on_the_fixture()
    {
        using var store = FixtureStore.Load();
        var findings = AssertAgree(store);
        Assert.Contains(findings, f => f.Type == FindingTypes.Conflict);
        Assert.Contains(findings, f => f.Type == FindingTypes.Stale);
        Assert.Contains(findings, f => f.Type == FindingTypes.PossibleConflict);
    }

    [Fact]
    public void Streaming_rules_and_queries_agree_on_the_seed_articles()
    {
        using var store = SeedCheckTests.IngestSeeds();
        AssertAgree(store);
    }

    [Fact]
    public void Streaming_rules_and_queries_agree_on_a_generated_corpus_of_1k_articles()
    {
        using var store = FixtureStore.LoadGenerated();
        var findings = AssertAgree(store);
        // the generator plants falls (2% of cumulative figures) and repeats: both ways must find them
        Assert.True(findings.Count(f => f.Type == FindingTypes.Conflict) >= 10);
        Assert.Contains(findings, f => f.Type == FindingTypes.Corroboration);
    }

    /// <summary>Checks the store both ways, asserts they agree, and returns the findings.</summary>
    private List<Finding> AssertAgree(IQuadStore store)
    {
        using var snapshot = store.OpenSnapshot();
        // the streaming pass emits the series of look-alike metrics last, so compare in one order
        var streamed = Check(snapshot, RuleSource.Streaming).OrderBy(Describe, StringComparer.Ordinal).ToList();
        var queried = Check(snapshot, RuleSource.Queries).OrderBy(Describe, StringComparer.Ordinal).ToList();

        Assert.Equal(queried.Select(Describe), streamed.Select(Describe));
        foreach (var (q, s) in queried.Zip(streamed))
        {
            Assert.Equal(Findings(q), Findings(s));
            Assert.Equal(q.Rates.Select(Rate), s.Rates.Select(Rate));
        }
        var all = streamed.SelectMany(s => s.Findings).Distinct().ToList();
        output.WriteLine($"{streamed.Count} series, {all.Count} findings: "
                         + string.Join(", ", all.GroupBy(f => f.Type).Select(g => $"{g.Count()} {g.Key}")));
        return all;
    }

    private static List<Series> Check(IQuadReader data, RuleSource rules)
    {
        var collector = new SeriesCollector();
        new ConsistencyChecker(new EngineSelectRunner(), rules).Run(data, 0, [collector]);
        return collector.Series;
    }

    private static string Describe(Series s) =>
        $"{s.Key} {s.Verdict}: {string.Join(" ", s.Points.Select(p => p.Claim))}";

    private static List<string> Findings(Series s) =>
        s.Findings.Select(f => $"{f.Type} {f.Rule} [{string.Join(" ", f.Claims.Order(StringComparer.Ordinal))}] {f.Explanation}")
            .Order(StringComparer.Ordinal).ToList();

    private static string Rate(ImpliedRate r) =>
        $"{r.From} {r.To} {r.FromValue} {r.ToValue} {r.Days} {Math.Round(r.RatePerDay, 6)} {r.Implausible}";
}
