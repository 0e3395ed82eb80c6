using ClaimGraph.Extraction.Ingest;

namespace ClaimGraph.Search.Indexing;

/// <summary>
/// Keeps the search index in step during ingest: each committed article version is indexed (replacing
/// the version it superseded), and the index is committed, stamped with the store version, every
/// <see cref="CommitEvery"/> articles and when the run ends. Committing in batches keeps ingest fast;
/// a crash between batches leaves the index behind the store, which the next open detects and repairs.
/// </summary>
public sealed class IngestIndexer(SearchIndex index, Func<long> currentStoreVersion) : IIngestListener
{
    public int CommitEvery { get; init; } = 5_000;

    private int _uncommitted;

    public void ArticleCommitted(IngestedArticle article)
    {
        if (article.Superseded is not null) index.RemoveArticle(article.Superseded.Value);
        index.IndexArticle(ToIndexed(article));
        if (++_uncommitted >= CommitEvery) Commit();
    }

    public void IngestFinished(IngestReport report) => Commit();

    private void Commit()
    {
        index.Commit(currentStoreVersion());
        _uncommitted = 0;
    }

    /// <summary>The article as the index holds it: each sentence with the claims made in it and their metrics.</summary>
    public static IndexedArticle ToIndexed(IngestedArticle article)
    {
        var claimsBySentence = article.Claims.ToLookup(c => c.Sentence.Value, StringComparer.Ordinal);
        var sentences = article.Sentences
            .Select(s =>
            {
                var claims = claimsBySentence[s.Iri.Value].ToList();
                return new IndexedSentence(
                    SentenceIri: s.Iri.Value,
                    Text: s.Text,
                    Start: s.Start,
                    End: s.End,
                    MetricIris: claims.Select(c => c.Metric.Value).Distinct(StringComparer.Ordinal).ToList(),
                    ClaimIris: claims.Select(c => c.Iri.Value).ToList());
            })
            .ToList();
        return new IndexedArticle(article.Article.Value, article.FileName, article.Published, article.Headline, sentences);
    }
}
