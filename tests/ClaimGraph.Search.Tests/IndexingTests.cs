using ClaimGraph.Search.Indexing;
using ClaimGraph.Search.Querying;

namespace ClaimGraph.Search.Tests;

/// <summary>
/// The document factory reuses its Lucene fields from document to document, and a rebuild indexes on
/// several threads at once: each sentence must still come back with exactly its own values.
/// </summary>
public class IndexingTests
{
    private const string Metric = "https://claimgraph.org/id/metric/";

    private static IndexedSentence Sentence(string articleIri, int number, string text, string[] metrics, string[] claims) =>
        new($"{articleIri}/s{number}", text, number * 100, number * 100 + text.Length,
            metrics.Select(m => Metric + m).ToList(), claims.Select(c => $"{articleIri}/claim/{c}").ToList());

    [Fact]
    public void Each_sentence_keeps_its_own_claims_metrics_and_article_fields()
    {
        const string dated = "https://claimgraph.org/id/article/dated", undated = "https://claimgraph.org/id/article/undated";
        var articles = new[]
        {
            new IndexedArticle(dated, "dated.txt", new DateOnly(2021, 2, 4), "A headline", [
                Sentence(dated, 0, "Alpha police arrested 12 suspects and seized 3 phones.", ["suspects-arrested", "phones-seized"], ["a", "b"]),
                Sentence(dated, 1, "Bravo the campaign went on.", [], []),
                Sentence(dated, 2, "Charlie 9 gangs were eliminated.", ["gangs-eliminated"], ["c"]),
            ]),
            new IndexedArticle(undated, "undated.txt", null, null, [
                Sentence(undated, 0, "Delta nothing was counted.", [], []),
            ]),
        };
        using var index = SearchIndex.InMemory();
        index.Rebuild(articles, storeVersion: 1);
        var searcher = new SentenceSearcher(index);

        SearchHit Only(string word) => Assert.Single(searcher.Search(word).Hits);

        var alpha = Only("alpha");
        Assert.Equal([dated + "/claim/a", dated + "/claim/b"], alpha.ClaimIris);
        Assert.Equal([Metric + "suspects-arrested", Metric + "phones-seized"], alpha.MetricIris);
        Assert.Equal((0, 54), (alpha.SentenceStart, alpha.SentenceEnd));

        var bravo = Only("bravo");
        Assert.Empty(bravo.ClaimIris);
        Assert.Empty(bravo.MetricIris);
        Assert.Equal(dated + "/s1", bravo.SentenceIri);
        Assert.Equal(new DateOnly(2021, 2, 4), bravo.Published);

        var charlie = Only("charlie");
        Assert.Equal([dated + "/claim/c"], charlie.ClaimIris);
        Assert.Equal([Metric + "gangs-eliminated"], charlie.MetricIris);

        var delta = Only("delta");
        Assert.Equal(("undated.txt", undated, (DateOnly?)null), (delta.Article, delta.ArticleIri, delta.Published));
        Assert.Empty(delta.ClaimIris);
        Assert.Empty(searcher.Search("metric:phones-seized AND bravo").Hits);
    }

    [Fact]
    public void A_rebuild_on_several_threads_indexes_every_sentence_once()
    {
        var articles = Enumerable.Range(0, 400).Select(a =>
        {
            var iri = $"https://claimgraph.org/id/article/a{a}";
            return new IndexedArticle(iri, $"a{a}.txt", new DateOnly(2021, 1, 1).AddDays(a), null,
                Enumerable.Range(0, 5).Select(s => Sentence(iri, s, $"Marker zq{a}x{s} was seen.", [], [$"{s}"])).ToList());
        }).ToList();
        using var index = SearchIndex.InMemory();
        Assert.Equal(400, index.Rebuild(articles, storeVersion: 1));
        var searcher = new SentenceSearcher(index);

        Assert.Equal(2000, searcher.Search("marker").TotalHits);
        foreach (var (a, s) in new[] { (0, 0), (17, 3), (250, 4), (399, 1) })
        {
            var hit = Assert.Single(searcher.Search($"zq{a}x{s}").Hits);
            Assert.Equal(($"a{a}.txt", $"https://claimgraph.org/id/article/a{a}/s{s}"), (hit.Article, hit.SentenceIri));
            Assert.Equal([$"https://claimgraph.org/id/article/a{a}/claim/{s}"], hit.ClaimIris);
        }
    }
}
