using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.RuleChecks;

/// <summary>
/// The rule of period-totals.rq in one pass over a period-total series: two totals for the same period
/// whose intervals do not overlap. Totals are sorted by lower bound, so only disagreeing pairs are visited.
/// </summary>
internal static class PeriodTotalDisagreements
{
    public sealed record Disagreement(FigurePoint Higher, FigurePoint Lower);

    public static List<Disagreement> Find(IEnumerable<FigurePoint> points)
    {
        var found = new List<Disagreement>();
        foreach (var period in points.Where(p => p.PeriodStart is not null && p.PeriodEnd is not null).GroupBy(p => (p.PeriodStart, p.PeriodEnd)))
        {
            var byLowerDescending = period.Where(p => p.Lower is not null).OrderByDescending(p => p.Lower).ToList();
            foreach (var lower in period)
            {
                if (lower.Upper is not decimal upper) continue;
                foreach (var higher in byLowerDescending)
                {
                    if (higher.Lower <= upper) break;
                    found.Add(new Disagreement(higher, lower));
                }
            }
        }
        return found;
    }
}
