using ClaimGraph.Consistency.Checking;
using ClaimGraph.Consistency.Model;
using ClaimGraph.Consistency.Verdicts;

namespace ClaimGraph.Consistency.Tests;

/// <summary>The verdict rules of the README, checked on the hand-written fixture through the real queries and engine.</summary>
public class VerdictRuleTests
{
    private const string Metric = "https://claimgraph.org/id/metric/";
    private const string Claim = "https://claimgraph.org/id/claim/";
    private static readonly Lazy<List<Series>> Checked = new(() =>
    {
        using var store = FixtureStore.Load();
        using var snapshot = store.OpenSnapshot();
        var collector = new SeriesCollector();
        new ConsistencyChecker(new EngineSelectRunner()).Run(snapshot, snapshot.Version, [collector]);
        return collector.Series;
    });

    private static Series One(string metric, string kind = "Cumulative") =>
        Assert.Single(Checked.Value, s => s.Key.Metric == Metric + metric && s.Key.KindName == kind);

    private static string[] Claims(params string[] ids) => ids.Select(id => Claim + id).ToArray();

    [Fact]
    public void Bounds_are_intervals_so_the_two_card_gangs_series_is_consistent()
    {
        var gangs = One("two-card-gangs-destroyed");
        Assert.Equal(SeriesVerdicts.Consistent, gangs.Verdict);
        Assert.Equal([9013m, 9013m, 8600m, 12000m, 27000m], gangs.Points.Select(p => p.Value));
        Assert.DoesNotContain(gangs.Findings, f => f.Type is FindingTypes.Conflict or FindingTypes.PossibleConflict or FindingTypes.ImplausibleJump);
        var moreThan = Assert.Single(gangs.Points, p => p.Claim == Claim + "g2");
        Assert.Equal("atLeast", moreThan.Bound);
        Assert.False(moreThan.LowerInclusive);
        Assert.Null(moreThan.Upper);
    }

    [Fact]
    public void A_repeated_figure_counts_once_as_corroboration()
    {
        var gangs = One("two-card-gangs-destroyed");
        Assert.Equal(4, gangs.DistinctFigures);
        var corroboration = Assert.Single(gangs.Findings, f => f.Type == FindingTypes.Corroboration);
        Assert.Equal(Claims("g1", "g5").Order(), corroboration.Claims.Order());
        Assert.Equal(Rules.RepeatCountsOnce, corroboration.Rule);
    }

    [Fact]
    public void A_cumulative_figure_that_falls_is_a_conflict()
    {
        var dens = One("fraud-dens-destroyed");
        Assert.Equal(SeriesVerdicts.Conflict, dens.Verdict);
        var conflict = Assert.Single(dens.Findings, f => f.Type == FindingTypes.Conflict);
        Assert.Equal(Claims("d1", "d2"), conflict.Claims);
        Assert.Contains("nearly 9,000", conflict.Explanation);
        Assert.Contains("cannot fall", conflict.Explanation);
    }

    [Fact]
    public void Look_alike_metrics_that_fall_are_a_possible_conflict_in_both_series()
    {
        foreach (var metric in new[] { "bank-cards-seized", "bank-cards-confiscated" })
        {
            var series = One(metric);
            Assert.Equal(SeriesVerdicts.PossibleConflict, series.Verdict);
            var finding = Assert.Single(series.Findings, f => f.Type == FindingTypes.PossibleConflict);
            Assert.Equal(Claims("b1", "b2"), finding.Claims);
        }
    }

    [Fact]
    public void An_implausible_jump_is_flagged_with_its_implied_rate()
    {
        var cards = One("phone-cards-seized");
        Assert.Equal(SeriesVerdicts.PossibleConflict, cards.Verdict);
        var jump = Assert.Single(cards.Findings, f => f.Type == FindingTypes.ImplausibleJump);
        Assert.Equal(Claims("p3", "p4").Order(), jump.Claims.Order());
        var rate = Assert.Single(cards.Rates, r => r.Implausible);
        Assert.Equal(4, rate.Days);
        Assert.Equal(1_220_000m, rate.RatePerDay);
        Assert.Equal(3, cards.Rates.Count(r => !r.Implausible) + 1);
    }

    [Fact]
    public void Period_totals_and_events_are_kept_apart_from_the_cumulative_series()
    {
        var cumulative = One("two-card-suspects-arrested");
        Assert.Equal(SeriesVerdicts.Consistent, cumulative.Verdict);
        Assert.Equal(Claims("s1", "s2"), cumulative.Points.Select(p => p.Claim));

        // 361,000 for 2020 and 531 in one operation would both "fall" against 176,000 if they were one series
        var periods = One("two-card-suspects-arrested", "PeriodTotal");
        Assert.Equal(Claims("s3", "s6", "s5").Order(), periods.Points.Select(p => p.Claim).Order());
        var disagreement = Assert.Single(periods.Findings);
        Assert.Equal(Rules.OnePeriodOneTotal, disagreement.Rule);
        Assert.Equal(Claims("s5", "s6"), disagreement.Claims);   // the two totals for the first half of 2021, not the 2020 total

        var operation = One("two-card-suspects-arrested", "Event");
        Assert.Equal(SeriesVerdicts.Single, operation.Verdict);
        Assert.Empty(operation.Findings);
    }

    [Fact]
    public void A_later_article_repeating_an_older_figure_is_stale_and_counts_once()
    {
        var outlets = One("outlets-punished");
        Assert.Equal(SeriesVerdicts.Single, outlets.Verdict);
        var stale = Assert.Single(outlets.Findings, f => f.Type == FindingTypes.Stale);
        Assert.Equal(Claims("o1", "o2"), stale.Claims);
        Assert.Contains("fx-006-jun01.txt", stale.Explanation);
    }

    [Fact]
    public void Verdicts_are_stored_as_RDF_and_replaced_on_each_run()
    {
        using var store = FixtureStore.Load();
        int Run()
        {
            var graph = new VerdictGraph();
            using (var snapshot = store.OpenSnapshot())
                new ConsistencyChecker(new EngineSelectRunner()).Run(snapshot, snapshot.Version, [graph]);
            graph.ReplaceIn(store);
            return graph.Quads.Count;
        }
        int written = Run();
        Assert.Equal(written, Run());

        using var after = store.OpenSnapshot();
        var result = new EngineSelectRunner().Select(QueryCatalog.Get("verdicts.rq"), after);
        var type = result.Variables.ToList().IndexOf("verdictType");
        var types = result.Rows.Select(r => ((ClaimGraph.Rdf.Model.Literal)r[type]!).Lexical).ToList();
        Assert.Equal(Checked.Value.Count + Checked.Value.SelectMany(s => s.Findings).Distinct().Count(), types.Count);
        Assert.Contains(SeriesVerdicts.Conflict, types);
        Assert.Contains(FindingTypes.Stale, types);
        Assert.Contains(SeriesVerdicts.Consistent, types);
    }
}
