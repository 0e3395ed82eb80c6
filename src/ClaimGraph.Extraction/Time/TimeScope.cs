namespace ClaimGraph.Extraction.Time;

/// <summary>What sort of figure a claim states (the cg:FigureKind individuals).</summary>
public enum FigureKind { Cumulative, PeriodTotal, Event, Rate, Forecast }

/// <summary>
/// When a figure holds: its as-of date, the period it covers (start and end, for totals and for
/// cumulative figures whose start is named), its kind, and the words that said so.
/// <see cref="Expression"/> is null for the default (publication date, no time words).
/// </summary>
public sealed record TimeScope(DateOnly? AsOf, DateOnly? PeriodStart, DateOnly? PeriodEnd, FigureKind Kind, string? Expression)
{
    public static TimeScope Default(DateOnly? published) => new(published, null, null, FigureKind.Cumulative, null);
}
