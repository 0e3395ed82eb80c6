using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Extraction.Ingest;

/// <summary>
/// A hook called by <see cref="ArticleIngestor"/> after the store transaction that holds an article commits,
/// e.g. for the full-text index. Calls come one article at a time, in commit order, from one thread at
/// a time (beside the writing of the next group of articles, not on the ingesting thread); every call for
/// a group ends before the store commits the next group, and <see cref="IngestFinished"/> comes last.
/// An exception thrown here is reported as a warning for that article; the store keeps the article.
/// </summary>
public interface IIngestListener
{
    /// <summary>An article version was committed (new, or replacing <see cref="IngestedArticle.Superseded"/>).</summary>
    void ArticleCommitted(IngestedArticle article);

    /// <summary>An ingest run ended (after its last commit): flush, close writers.</summary>
    void IngestFinished(IngestReport report) { }
}

/// <summary>What was stored for one article version.</summary>
/// <param name="FileName">The corpus file name, without folders.</param>
/// <param name="Article">The article version IRI (content-derived).</param>
/// <param name="Superseded">The version this one replaced, whose graphs are now gone; null for a new file.</param>
/// <param name="Published">Publication date, null when no year could be settled.</param>
/// <param name="Headline">The headline line, if the article has one.</param>
/// <param name="Sentences">Every sentence, in text order (a repeated sentence appears at each place).</param>
/// <param name="Claims">Every claim (one per distinct figure; a repeated sentence's figure once).</param>
public sealed record IngestedArticle(
    string FileName,
    Iri Article,
    Iri? Superseded,
    DateOnly? Published,
    string? Headline,
    IReadOnlyList<IngestedSentence> Sentences,
    IReadOnlyList<IngestedClaim> Claims);

/// <summary>A sentence as stored: its IRI, text and code point span in the article text.</summary>
public sealed record IngestedSentence(Iri Iri, string Text, int Start, int End);

/// <summary>A claim as stored, with what a search index needs to show and filter it.</summary>
public sealed record IngestedClaim(
    Iri Iri,
    Iri Sentence,
    string Quote,
    int Start,
    int End,
    decimal Value,
    string UnitCode,
    Iri Metric,
    string MetricLabel,
    DateOnly? AsOf);
