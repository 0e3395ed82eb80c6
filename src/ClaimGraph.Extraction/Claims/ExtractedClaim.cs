using ClaimGraph.Extraction.Articles;
using ClaimGraph.Extraction.Metrics;
using ClaimGraph.Extraction.Quantities;
using ClaimGraph.Extraction.Time;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// One claim: a figure of a sentence with what it counts, its metric and its time. <see cref="Span"/>
/// is the figure's span in the article (first occurrence); <see cref="Sentences"/> lists every
/// sentence it was read from (more than one when the sentence is repeated word for word).
/// </summary>
public sealed record ExtractedClaim(
    TextSpan Span,
    Quantity Quantity,
    FigureFrame Frame,
    MetricChoice Metric,
    TimeScope Time,
    IReadOnlyList<Sentence> Sentences)
{
    public Sentence Sentence => Sentences[0];
}

/// <summary>An article with its publication date and claims: everything the RDF mapping needs.</summary>
public sealed record ExtractedArticle(Article Article, PublicationDate Published, IReadOnlyList<ExtractedClaim> Claims);
