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
        decimal? highest = null;
        var holders = new List<FigurePoint>();
        foreach (var figure in later)
        {
            for (; next < earlier.Count && earlier[next].AsOf < figure.AsOf; next++)
            {
                var lower = earlier[next].Lower!.Value;
                if (highest is null || lower > highest) { highest = lower; holders = [earlier[next]]; }
                else if (lower == highest) holders.Add(earlier[next]);
            }
            if (highest is decimal top && figure.Upper < top)
                foreach (var holder in holders) found.Add(new CumulativeFalls.Fall(holder, figure));
        }
        return found;
    }
}
