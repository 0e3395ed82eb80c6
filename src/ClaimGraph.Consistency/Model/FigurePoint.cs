namespace ClaimGraph.Consistency.Model;

/// <summary>
/// One figure of a series: a claim's value, read as an interval (<see cref="Lower"/>..<see cref="Upper"/>,
/// null meaning unbounded), the date it holds at, and the words and article it came from.
/// </summary>
public sealed record FigurePoint
{
    public required string Claim { get; init; }
    public required decimal Value { get; init; }
    public decimal? ValueHigh { get; init; }

    /// <summary>How the figure is bounded: exact, atLeast, atMost, approx, range (local name of the cg:BoundKind).</summary>
    public string Bound { get; init; } = "exact";

    public decimal? Lower { get; init; }
    public bool LowerInclusive { get; init; } = true;
    public decimal? Upper { get; init; }
    public bool UpperInclusive { get; init; } = true;

    public DateOnly? AsOf { get; init; }
    public DateOnly? PeriodStart { get; init; }
    public DateOnly? PeriodEnd { get; init; }

    /// <summary>The figure as written, e.g. "more than 8,600".</summary>
    public string? Quote { get; init; }
    public string? Sentence { get; init; }
    public string? SentenceText { get; init; }
    public string? Article { get; init; }
    public string? FileName { get; init; }
    public DateOnly? Published { get; init; }
    public string? Publisher { get; init; }

    /// <summary>The article as people know it: its file name where there is one, else its IRI.</summary>
    public string? ArticleName => FileName ?? Article;

    /// <summary>Two figures are the same figure (one repeating the other) when value and bound agree.</summary>
    public bool SameFigureAs(FigurePoint other) => Value == other.Value && ValueHigh == other.ValueHigh && Bound == other.Bound;
}
