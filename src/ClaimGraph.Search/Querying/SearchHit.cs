namespace ClaimGraph.Search.Querying;

/// <summary>A span of the article text, in code points: [Start, End).</summary>
public readonly record struct TextSpan(int Start, int End);

/// <summary>One matching sentence, ranked by <see cref="Score"/>.</summary>
public sealed record SearchHit(
    string Article,
    string ArticleIri,
    DateOnly? Published,
    string SentenceIri,
    string Text,
    int SentenceStart,
    int SentenceEnd,
    float Score,
    IReadOnlyList<TextSpan> Matches,
    IReadOnlyList<string> ClaimIris,
    IReadOnlyList<string> MetricIris)
{
    /// <summary>The matches as spans of <see cref="Text"/> in code points (article offsets minus the sentence start).</summary>
    public IEnumerable<TextSpan> MatchesInSentence => Matches.Select(m => new TextSpan(m.Start - SentenceStart, m.End - SentenceStart));
}

/// <summary>The answer to a query: how many sentences matched in all, and the best of them.</summary>
public sealed record SearchResults(string Query, int TotalHits, IReadOnlyList<SearchHit> Hits);

/// <summary>A bare hit: the IRI of what matched (sentence or article), its score and its text.</summary>
public readonly record struct TextHit(string Iri, float Score, string Text);
