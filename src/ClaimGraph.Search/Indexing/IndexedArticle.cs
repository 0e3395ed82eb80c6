namespace ClaimGraph.Search.Indexing;

/// <summary>
/// What the search index holds about one article: its identity, publication date, headline and sentences.
/// An article is indexed (and replaced) as a whole.
/// </summary>
public sealed record IndexedArticle(
    string ArticleIri,
    string FileName,
    DateOnly? Published,
    string? Headline,
    IReadOnlyList<IndexedSentence> Sentences);

/// <summary>
/// One sentence of an article. <see cref="Start"/> and <see cref="End"/> are code points into the
/// article text; <see cref="Text"/> is exactly that slice of it, so offsets inside the sentence plus
/// <see cref="Start"/> are offsets into the article.
/// </summary>
public sealed record IndexedSentence(
    string SentenceIri,
    string Text,
    int Start,
    int End,
    IReadOnlyList<string> MetricIris,
    IReadOnlyList<string> ClaimIris);
