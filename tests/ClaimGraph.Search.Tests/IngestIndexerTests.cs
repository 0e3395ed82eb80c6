using ClaimGraph.Extraction.Ingest;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Search.Indexing;
using ClaimGraph.Search.Querying;

namespace ClaimGraph.Search.Tests;

public class IngestIndexerTests
{
    private static IngestedArticle Version(string id, string text, Iri? superseded = null)
    {
        var article = new Iri("https://claimgraph.org/id/article/" + id);
        var sentence = new Iri(article.Value + "/sentence/0-" + text.Length);
        var claim = new Iri(article.Value + "/claim/16-19");
        var metric = new Iri("https://claimgraph.org/id/metric/suspects-arrested");
        return new IngestedArticle("news.txt", article, superseded, new DateOnly(2021, 2, 4), null,
            [new IngestedSentence(sentence, text, 0, text.Length)],
            [new IngestedClaim(claim, sentence, "531", 16, 19, 531m, "count", metric, "suspects arrested", null)]);
    }

    [Fact]
    public void Committed_articles_are_searchable_after_the_run_with_claims_and_the_store_version()
    {
        using var index = SearchIndex.InMemory();
        long storeVersion = 0;
        var indexer = new IngestIndexer(index, () => storeVersion);
        storeVersion = 1;
        indexer.ArticleCommitted(Version("v1", "Police arrested 531 suspects."));
        indexer.IngestFinished(new IngestReport());

        Assert.Equal(1, index.StoreVersion);
        var hit = Assert.Single(new SentenceSearcher(index).Search("531").Hits);
        Assert.Equal(["https://claimgraph.org/id/article/v1/claim/16-19"], hit.ClaimIris);
        Assert.Equal(["https://claimgraph.org/id/metric/suspects-arrested"], hit.MetricIris);
    }

    [Fact]
    public void A_new_version_of_an_article_replaces_the_one_it_supersedes()
    {
        using var index = SearchIndex.InMemory();
        long storeVersion = 1;
        var indexer = new IngestIndexer(index, () => storeVersion);
        var first = Version("v1", "Police arrested 531 suspects.");
        indexer.ArticleCommitted(first);
        storeVersion = 2;
        indexer.ArticleCommitted(Version("v2", "Police arrested 532 suspects.", superseded: first.Article));
        indexer.IngestFinished(new IngestReport());

        var searcher = new SentenceSearcher(index);
        Assert.Empty(searcher.Search("531").Hits);
        Assert.Equal("https://claimgraph.org/id/article/v2", Assert.Single(searcher.Search("532").Hits).ArticleIri);
        Assert.Equal(2, index.StoreVersion);
    }
}
