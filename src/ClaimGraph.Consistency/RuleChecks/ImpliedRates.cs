using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.RuleChecks;

/// <summary>
/// The rule of implied-rates.rq in one pass over a cumulative series: between consecutive as-of dates,
/// the rate per day implied by the highest figure on each date; implausible when the figure more than
/// doubles and grows by more than 5% of its earlier value a day.
/// </summary>
internal static class ImpliedRates
{
    public static List<ImpliedRate> Compute(IEnumerable<FigurePoint> points)
    {
        var highestByDate = points.Where(p => p.AsOf is not null)
            .GroupBy(p => p.AsOf!.Value)
            .OrderBy(g => g.Key)
            .Select(g => (Date: g.Key, Value: g.Max(p => p.Value)))
            .ToList();
        var rates = new List<ImpliedRate>();
        for (int i = 0; i + 1 < highestByDate.Count; i++)
        {
            var (from, fromValue) = highestByDate[i];
            var (to, toValue) = highestByDate[i + 1];
            int days = to.DayNumber - from.DayNumber;
            decimal ratePerDay = (toValue - fromValue) / days;
            bool implausible = fromValue > 0 && toValue > 2 * fromValue && ratePerDay > 0.05m * fromValue;
            rates.Add(new ImpliedRate(from, to, fromValue, toValue, days, ratePerDay, implausible));
        }
        return rates;
    }
}
