using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.RuleChecks;

/// <summary>
/// The rule of possible-conflicts.rq over two cumulative series of the same unit whose metrics look
/// alike: a figure of the later metric whose upper bound is below the highest lower bound the earlier
/// metric gave on an earlier date, paired with the figures that hold that bound. One merge of the two
/// series in as-of order.
/// </summary>
internal static class LookAlikeFalls
{
    public static List<CumulativeFalls.Fall> Find(IEnumerable<FigurePoint> earlierMetric, IEnumerable<FigurePoint> laterMetric)
    {
        var earlier = earlierMetric.Where(p => p.AsOf is not null && p.Lower is not null).OrderBy(p => p.AsOf).ToList();
        var later = laterMetric.Where(p => p.AsOf is not null && p.Upper is not null).OrderBy(p => p.AsOf);
        var found = new List<CumulativeFalls.Fall>();
        int next = 0;
        var before = new HighestLowerBound();
        foreach (var figure in later)
        {
            for (; next < earlier.Count && earlier[next].AsOf < figure.AsOf; next++) before.Take(earlier[next]);
            if (before.Value is decimal top && figure.Upper < top)
                foreach (var holder in before.Holders) found.Add(new CumulativeFalls.Fall(holder, figure));
        }
        return found;
    }
}
