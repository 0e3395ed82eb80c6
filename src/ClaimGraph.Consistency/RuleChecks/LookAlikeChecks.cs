using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.RuleChecks;

/// <summary>
/// Applies the look-alike rule (possible-conflicts.rq) across the cumulative series whose metrics have
/// look-alikes. These series are held back while the others stream, since a finding belongs to both
/// series of a pair; they are few.
/// </summary>
internal static class LookAlikeChecks
{
    /// <summary>The held series, each with the possible conflicts it takes part in added to its findings.</summary>
    public static IEnumerable<Series> Apply(IReadOnlyList<Series> held, LookAlikeMetrics lookAlikes)
    {
        var byMetric = held.ToLookup(s => s.Key.Metric, StringComparer.Ordinal);
        var added = held.ToDictionary<Series, Series, List<Finding>>(s => s, _ => [], ReferenceEqualityComparer.Instance);
        foreach (var later in held)
            foreach (var partner in lookAlikes.PartnersOf(later.Key.Metric))
                foreach (var earlier in byMetric[partner.Metric].Where(s => s.Key.Unit == later.Key.Unit))
                    foreach (var (e, l) in LookAlikeFalls.Find(earlier.Points, later.Points))
                    {
                        var finding = new Finding(FindingTypes.PossibleConflict, Rules.LookAlikeSeriesNeverFall, [e.Claim, l.Claim],
                            FindingWords.LookAlikeFall(earlier.Key.Metric, e.Quote, e.Lower, e.AsOf, later.Key.Metric, l.Quote, l.Upper, l.AsOf, partner.Why))
                            { Metrics = [earlier.Key.Metric, later.Key.Metric] };
                        added[earlier].Add(finding);
                        added[later].Add(finding);
                    }
        foreach (var series in held)
            yield return added[series].Count == 0 ? series
                : new Series(series.Key, series.Label, series.Points, [.. series.Findings, .. added[series]], series.Rates);
    }
}
