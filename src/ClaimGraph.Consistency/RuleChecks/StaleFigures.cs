using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.RuleChecks;

/// <summary>
/// The rule of stale.rq in one pass over a series: a figure given again for a later as-of date than the
/// first time it was given is stale. Each stale claim is paired with every claim that gave it first.
/// </summary>
internal static class StaleFigures
{
    public sealed record Repeat(FigurePoint Original, FigurePoint Stale);

    public static List<Repeat> Find(IEnumerable<FigurePoint> points)
    {
        var found = new List<Repeat>();
        foreach (var same in points.Where(p => p.AsOf is not null).GroupBy(SameFigure.Of))
        {
            var first = same.Min(p => p.AsOf!.Value);
            var originals = same.Where(p => p.AsOf == first).ToList();
            foreach (var stale in same.Where(p => p.AsOf > first))
                foreach (var original in originals)
                    found.Add(new Repeat(original, stale));
        }
        return found;
    }
}
