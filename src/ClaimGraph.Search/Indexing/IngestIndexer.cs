using ClaimGraph.Extraction.Ingest;
using ClaimGraph.Store;

namespace ClaimGraph.Search.Indexing;

/// <summary>
/// Keeps the search index in step during ingest: each committed article version is indexed (replacing
/// the version it superseded), and the index is committed, stamped with the store version, every
/// <see cref="CommitEvery"/> articles and when the run ends. Committing in batches keeps ingest fast;
/// a crash between batches leaves the index behind the store, which the next open detects and repairs.
/// </summary>
public sealed class IngestIndexer(SearchIndex index, Func<long> currentStoreVersion) : IIngestListener, IDisposable
{
    public int CommitEvery { get; init; } = 5_000;

    private int _uncommitted;
    private bool _ownsIndex;

    /// <summary>
    /// The listener for an ingest into a store folder: opens <c>DIR/search</c> in step with the store
    /// (rebuilding it first if an earlier run crashed between the two commits). Dispose it after the run.
    /// </summary>
    public static IngestIndexer ForStore(string storeDirectory, IQuadStore store)
    {
        var opened = StoreIndexSync.OpenInStep(storeDirectory, store, out _);
        return new IngestIndexer(opened, () =>
        {
            using var snapshot = store.OpenSnapshot();
            return snapshot.Version;
        }) { _ownsIndex = true };
    }

    public void Dispose()
    {
        if (_ownsIndex) index.Dispose();
    }

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
