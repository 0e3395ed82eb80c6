namespace ClaimGraph.Extraction.Articles;

/// <summary>
/// A span of the article text. <see cref="Start"/>/<see cref="End"/> count Unicode code points
/// (what the RDF records); <see cref="Utf16Start"/>/<see cref="Utf16End"/> index the .NET string.
/// </summary>
public readonly record struct TextSpan(int Start, int End, int Utf16Start, int Utf16End)
{
    public int Utf16Length => Utf16End - Utf16Start;
}

/// <summary>One sentence of an article. The headline, when there is one, is sentence 0 with <see cref="IsHeadline"/>.</summary>
public sealed record Sentence(int Index, int Paragraph, string Text, TextSpan Span, bool IsHeadline);

/// <summary>
/// The dateline that opens a wire story, e.g. "China News Service, Beijing, October 11 (Reporter Guo Chaokai)".
/// <see cref="Year"/> is null when the dateline gives none (the usual case).
/// </summary>
public sealed record Dateline(string Text, string? Agency, string? Place, int Month, int Day, int? Year, IReadOnlyList<string> Reporters);

/// <summary>An article read into its parts: the text is kept whole so that every span indexes it.</summary>
public sealed record Article(
    string FileName,
    string Text,
    string ContentHash,
    int CodePointLength,
    string? Headline,
    string? Publisher,
    Dateline? Dateline,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<string> Warnings);
