using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.RuleChecks;

/// <summary>
/// Applies, in one pass over the figures of one metric, kind and unit, every verdict rule that stays
/// within a series: a cumulative figure never falls (conflicts.rq), one period has one total
/// (period-totals.rq), implied rates (implied-rates.rq), a repeat counts once (repeated-figures.rq) and
/// stale repeats (stale.rq). The findings and their words are those the queries give; the test
/// RuleSourceAgreementTests holds the two to that.
/// </summary>
internal static class SeriesRuleChecks
{
    public sealed record Outcome(List<Finding> Findings, List<ImpliedRate> Rates);

    public static Outcome Apply(SeriesKey key, IReadOnlyList<FigurePoint> points)
    {
        var findings = new List<Finding>();
        var rates = new List<ImpliedRate>();
        if (key.Unit is null || key.Kind is null) return new Outcome(findings, rates);
        string[] metric = [key.Metric];

        var stale = StaleFigures.Find(points);
        if (key.IsCumulative)
        {
            var staleClaims = stale.Select(s => s.Stale.Claim).ToHashSet(StringComparer.Ordinal);
            foreach (var (earlier, later) in CumulativeFalls.Find(points.Where(p => !staleClaims.Contains(p.Claim))))
                findings.Add(new Finding(FindingTypes.Conflict, Rules.CumulativeNeverFalls, [earlier.Claim, later.Claim],
                    FindingWords.Fall(earlier.Quote, earlier.Lower, earlier.AsOf, later.Quote, later.Upper, later.AsOf)) { Metrics = metric });
            rates = ImpliedRates.Compute(points);
        }
        if (key.KindName == "PeriodTotal")
        {
            foreach (var (higher, lower) in PeriodTotalDisagreements.Find(points))
                findings.Add(new Finding(FindingTypes.Conflict, Rules.OnePeriodOneTotal, [higher.Claim, lower.Claim],
                    FindingWords.PeriodTotalsDisagree(higher.PeriodStart, higher.PeriodEnd, higher.Quote, higher.Lower, lower.Quote, lower.Upper)) { Metrics = metric });
        }
        foreach (var repeated in RepeatedFigures.Find(points))
        {
            var first = repeated.Claims[0];
            findings.Add(new Finding(FindingTypes.Corroboration, Rules.RepeatCountsOnce, repeated.Claims.Select(p => p.Claim).ToList(),
                FindingWords.Repeat(first.Value, SameFigure.BoundName(first), repeated.Claims.Count, repeated.Articles, repeated.FirstAsOf)) { Metrics = metric });
        }
        foreach (var (original, repeat) in stale)
            findings.Add(new Finding(FindingTypes.Stale, Rules.StaleRepeat, [original.Claim, repeat.Claim],
                FindingWords.Stale(repeat.Quote, repeat.Value, repeat.AsOf, repeat.ArticleName, original.AsOf, original.ArticleName)) { Metrics = metric });
        return new Outcome(findings, rates);
    }
}
