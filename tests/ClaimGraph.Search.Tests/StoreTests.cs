using ClaimGraph.Rdf.Model;
using ClaimGraph.Search.Indexing;
using ClaimGraph.Search.Querying;
using ClaimGraph.Search.Sparql;
using ClaimGraph.Sparql;
using ClaimGraph.Sparql.Results;
using ClaimGraph.Store;

namespace ClaimGraph.Search.Tests;

/// <summary>The index read back from a store by SPARQL, kept in step with it, and searched from SPARQL.</summary>
public class StoreTests
{
    private const string Cg = "https://claimgraph.org/ns#";
    private static readonly Iri Type = Vocab.Rdf.Type;
    private static Iri I(string iri) => new(iri);
    private static Iri C(string local) => new(Cg + local);

    /// <summary>Writes one article the way ingest lays it out: sentences and article node in the provenance graph, claims in the assertion graph.</summary>
    private static void AddArticle(IQuadStore store, string id, string file, string published, string text, params (string Figure, string Metric)[] claims)
    {
        var article = I("https://claimgraph.org/id/article/" + id);
        var provenance = I(article.Value + "/provenance");
        var assertion = I(article.Value + "/assertion");
        using var tx = store.BeginTransaction();
        tx.Add(new Quad(article, Type, C("Article"), provenance));
        tx.Add(new Quad(article, C("fileName"), Literal.String(file), provenance));
        tx.Add(new Quad(article, I("https://schema.org/datePublished"), Literal.Typed(published, Vocab.Xsd.Date), provenance));
        int start = 0, n = 0;
        foreach (var sentenceText in text.Split(". ").Select(s => s.EndsWith('.') ? s : s + "."))
        {
            var sentence = I($"{article.Value}/sentence/{start}-{start + sentenceText.Length}");
            tx.Add(new Quad(sentence, Type, C("Sentence"), provenance));
            tx.Add(new Quad(sentence, C("inArticle"), article, provenance));
            tx.Add(new Quad(sentence, C("text"), Literal.String(sentenceText), provenance));
            tx.Add(new Quad(sentence, C("start"), Literal.Integer(start), provenance));
            tx.Add(new Quad(sentence, C("end"), Literal.Integer(start + sentenceText.Length), provenance));
            foreach (var (figure, metric) in claims.Where(c => sentenceText.Contains(c.Figure)))
            {
                var claim = I($"{article.Value}/claim/{n++}");
                tx.Add(new Quad(claim, Type, C("Claim"), assertion));
                tx.Add(new Quad(claim, C("sentence"), sentence, assertion));
                tx.Add(new Quad(claim, C("metric"), I("https://claimgraph.org/id/metric/" + metric), assertion));
                tx.Add(new Quad(claim, C("quote"), Literal.String(figure), assertion));
            }
            start += sentenceText.Length + 1;
        }
        tx.Commit();
    }

    private static IQuadStore SeedStore()
    {
        var store = QuadStoreFactory.InMemory();
        AddArticle(store, "a1", "a1.txt", "2021-02-04",
            "Police arrested 531 suspects. More than 8,600 gangs were destroyed.", ("531", "suspects-arrested"), ("8,600", "two-card-gangs"));
        AddArticle(store, "a2", "a2.txt", "2021-04-09",
            "A total of 12,000 gangs were destroyed. The weather was fine.", ("12,000", "two-card-gangs"));
        return store;
    }

    [Fact]
    public void The_store_reader_gives_every_sentence_with_its_claims_and_metrics()
    {
        using var store = SeedStore();
        using var snapshot = store.OpenSnapshot();
        var articles = StoreArticleReader.Read(snapshot);
        Assert.Equal(["a1.txt", "a2.txt"], articles.Select(a => a.FileName));
        var a1 = articles[0];
        Assert.Equal(new DateOnly(2021, 2, 4), a1.Published);
        Assert.Equal(2, a1.Sentences.Count);
        Assert.Equal("Police arrested 531 suspects.", a1.Sentences[0].Text);
        Assert.Equal(0, a1.Sentences[0].Start);
        Assert.Equal(["https://claimgraph.org/id/metric/two-card-gangs"], a1.Sentences[1].MetricIris);
        Assert.Single(a1.Sentences[1].ClaimIris);
        Assert.Empty(articles[1].Sentences[1].ClaimIris);
    }

    [Fact]
    public void An_index_behind_the_store_is_rebuilt_on_open()
    {
        using var store = SeedStore();
        var folder = Path.Combine(Path.GetTempPath(), "cg-sync-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var first = StoreIndexSync.OpenInStep(folder, store, out bool built))
            {
                Assert.True(built);
                Assert.Equal(2, new SentenceSearcher(first).Search("gangs").TotalHits);
            }
            // The store commits another article; the process dies before the index hears of it.
            AddArticle(store, "a3", "a3.txt", "2021-10-11", "There were 27,000 gangs.", ("27,000", "two-card-gangs"));
            using (var again = StoreIndexSync.OpenInStep(folder, store, out bool rebuilt))
            {
                Assert.True(rebuilt);
                Assert.Equal(3, new SentenceSearcher(again).Search("gangs").TotalHits);
                Assert.Single(new SentenceSearcher(again).Search("27000").Hits);
            }
            using (var inStep = StoreIndexSync.OpenInStep(folder, store, out bool rebuiltAgain))
                Assert.False(rebuiltAgain);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Text_query_in_sparql_joins_hits_to_claims_metrics_and_dates()
    {
        using var store = SeedStore();
        using var index = SearchIndex.InMemory();
        using var snapshot = store.OpenSnapshot();
        index.Rebuild(StoreArticleReader.Read(snapshot), snapshot.Version);

        var options = new QueryEngineOptions();
        options.PropertyFunctions.Add(new TextQueryFunction(new SentenceSearcher(index)));
        var query = SparqlParser.ParseQuery("""
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX cg: <https://claimgraph.org/ns#>
            PREFIX schema: <https://schema.org/>
            SELECT ?quote ?published ?score WHERE {
              (?sentence ?score) text:query (cg:text "destroyed gangs" 10) .
              GRAPH ?a { ?claim cg:sentence ?sentence ; cg:quote ?quote ; cg:metric <https://claimgraph.org/id/metric/two-card-gangs> . }
              GRAPH ?p { ?sentence cg:inArticle ?article . ?article schema:datePublished ?published . }
            } ORDER BY ?published
            """);
        var result = Assert.IsType<SolutionsResult>(new QueryEngine(options).Execute(query, snapshot));
        var rows = result.Rows.ToList();
        Assert.Equal(["8,600", "12,000"], rows.Select(r => ((Literal)r[0]!).Lexical));
        Assert.Equal("2021-02-04", ((Literal)rows[0][1]!).Lexical);
        Assert.All(rows, r => Assert.Equal(Vocab.Xsd.Float, ((Literal)r[2]!).Datatype));
    }
}
