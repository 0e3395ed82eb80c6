using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.RuleChecks;

/// <summary>The rule of repeated-figures.rq in one pass over a series: one figure given by several claims.</summary>
internal static class RepeatedFigures
{
    public sealed record Repeated(IReadOnlyList<FigurePoint> Claims)
    {
        public int Articles => Claims.Select(p => p.Article).Where(a => a is not null).Distinct(StringComparer.Ordinal).Count();
        public DateOnly? FirstAsOf => Claims.Min(p => p.AsOf);
    }

    public static List<Repeated> Find(IEnumerable<FigurePoint> points) =>
        points.GroupBy(SameFigure.Of)
            .Select(same => same.DistinctBy(p => p.Claim, StringComparer.Ordinal).ToList())
            .Where(claims => claims.Count > 1)
            .Select(claims => new Repeated(claims))
            .ToList();
}
