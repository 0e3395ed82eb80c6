namespace ClaimGraph.Bench.Generation;

public enum BoundKind { Exact, AtLeast, AtMost, Approx, Range }

public enum FigureKind { Cumulative, PeriodTotal, Event, Rate }

/// <summary>A sentence of a generated article; offsets are code points into the article text.</summary>
public sealed record GeneratedSentence(int Index, int Start, int End, string Text);

/// <summary>
/// The truth about one figure the generator wrote: what it says (the figure as written, with its
/// value, bound and interval), what it counts (metric), when it holds (as-of, period) and where it
/// stands in the text.
/// </summary>
public sealed record GeneratedClaim(
    int SentenceIndex,
    int Start,
    int End,
    Figure Figure,
    FigureUnit Unit,
    FigureKind Kind,
    DateOnly? AsOf,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    string MetricKey,
    string MetricLabel,
    bool InjectedConflict);

/// <summary>One generated article: its file name, full text and the truth about its sentences and figures.</summary>
public sealed record GeneratedArticle(
    int Number,
    string FileName,
    string Text,
    DateOnly Published,
    string Publisher,
    string? Headline,
    IReadOnlyList<GeneratedSentence> Sentences,
    IReadOnlyList<GeneratedClaim> Claims)
{
    /// <summary>The file name without its extension; the stable part of the article's IRIs.</summary>
    public string Stem => Path.GetFileNameWithoutExtension(FileName);
}
