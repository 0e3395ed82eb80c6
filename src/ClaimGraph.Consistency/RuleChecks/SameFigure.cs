using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.RuleChecks;

/// <summary>
/// What makes two claims of one series the same figure for repeated-figures.rq and stale.rq: the same
/// bound and value (metric, kind and unit are the series').
/// </summary>
internal readonly record struct SameFigure(string Bound, decimal Value)
{
    public static SameFigure Of(FigurePoint point) => new(point.Bound, point.Value);

    /// <summary>The bound's local name as the vocabulary spells it (AtLeast), from the point's form (atLeast).</summary>
    public static string BoundName(FigurePoint point) => char.ToUpperInvariant(point.Bound[0]) + point.Bound[1..];
}
