using ClaimGraph.Search.Querying;
using ClaimGraph.Search.Text;

namespace ClaimGraph.Search.Tests;

public class SearchTests(SeedIndexFixture fixture) : IClassFixture<SeedIndexFixture>
{
    private readonly SentenceSearcher _searcher = new(fixture.Index);

    /// <summary>The words of the article text at each match of a hit (code point offsets into the article).</summary>
    private static List<string> MatchedWords(SearchHit hit)
    {
        var article = SeedCorpus.ArticleText(hit.Article);
        return hit.Matches.Select(m =>
        {
            int from = CodePoints.ToUtf16(article, m.Start), to = CodePoints.ToUtf16(article, m.End);
            return article[from..to];
        }).ToList();
    }

    [Theory]
    [InlineData("8600")]
    [InlineData("8,600")]
    public void A_figure_is_found_with_or_without_separators(string query)
    {
        var hit = Assert.Single(_searcher.Search(query).Hits);
        Assert.Contains("more than 8,600 criminal gangs", hit.Text);
        Assert.Equal(["8,600"], MatchedWords(hit));
    }

    [Theory]
    [InlineData("14000000")]
    [InlineData("14,000,000")]
    [InlineData("\"14 million\"")]
    public void A_scaled_figure_is_found_by_its_value(string query)
    {
        var hit = Assert.Single(_searcher.Search(query).Hits);
        Assert.Contains("more than 14 million yuan", hit.Text);
        var article = SeedCorpus.ArticleText(hit.Article);
        int from = CodePoints.ToUtf16(article, hit.Matches.Min(m => m.Start)), to = CodePoints.ToUtf16(article, hit.Matches.Max(m => m.End));
        Assert.Equal("14 million", article[from..to]);
    }

    [Fact]
    public void Matches_are_code_point_offsets_of_the_matched_words_in_the_article()
    {
        var results = _searcher.Search("arrested suspects", limit: 20);
        Assert.NotEmpty(results.Hits);
        foreach (var hit in results.Hits)
        {
            var article = SeedCorpus.ArticleText(hit.Article);
            int from = CodePoints.ToUtf16(article, hit.SentenceStart), to = CodePoints.ToUtf16(article, hit.SentenceEnd);
            Assert.Equal(hit.Text, article[from..to]);
            var words = MatchedWords(hit);
            Assert.NotEmpty(words);
            Assert.All(words, w => Assert.Matches("^(?i)(arrest|suspect)[a-z]*$", w));
        }
    }

    [Fact]
    public void Hits_are_ranked_and_carry_article_date_sentence_and_claims()
    {
        var results = _searcher.Search("two-card criminal gangs", limit: 5);
        Assert.True(results.TotalHits >= 5);
        Assert.Equal(results.Hits.OrderByDescending(h => h.Score).Select(h => h.Score), results.Hits.Select(h => h.Score));
        var top = results.Hits[0];
        Assert.EndsWith(".txt", top.Article);
        Assert.NotNull(top.Published);
        Assert.StartsWith(top.ArticleIri + "/s", top.SentenceIri);
        Assert.Contains(results.Hits, h => h.ClaimIris.Count > 0);
    }

    [Fact]
    public void A_phrase_highlights_only_where_the_whole_phrase_occurs()
    {
        var results = _searcher.Search("\"criminal gangs\"", limit: 50);
        Assert.NotEmpty(results.Hits);
        foreach (var hit in results.Hits)
        {
            var words = MatchedWords(hit);
            Assert.Equal(0, words.Count % 2);
            for (int i = 0; i < words.Count; i += 2) Assert.Equal(["criminal", "gangs"], words.Skip(i).Take(2).Select(w => w.ToLowerInvariant()));
        }
        // "criminal" alone (as in "criminal suspects") is not highlighted
        var both = results.Hits.First(h => h.Text.Contains("criminal suspects", StringComparison.Ordinal));
        Assert.DoesNotContain(both.Matches, m => MatchedWords(both).Count(w => w == "criminal") > MatchedWords(both).Count(w => w == "gangs"));
    }

    [Fact]
    public void Fuzzy_terms_are_stemmed_before_matching()
    {
        var results = _searcher.Search("arested~1");
        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.All(MatchedWords(h), w => Assert.StartsWith("arrest", w, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Wildcards_expand_to_index_terms_and_are_highlighted()
    {
        var results = _searcher.Search("telecom*", limit: 100);
        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.All(MatchedWords(h), w => Assert.StartsWith("telecom", w, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Boolean_operators_and_prohibited_words()
    {
        var results = _searcher.Search("+gangs -two-card", limit: 100);
        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h =>
        {
            Assert.Contains("gang", h.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("two-card", h.Text, StringComparison.OrdinalIgnoreCase);
        });
        var everythingBut = _searcher.Search("-gangs", limit: 1000);
        Assert.NotEmpty(everythingBut.Hits);
        Assert.All(everythingBut.Hits, h => Assert.Empty(h.Matches));
    }

    [Fact]
    public void Field_queries_filter_by_article_and_publication_date()
    {
        var inArticle = _searcher.Search("article:002* AND gangs", limit: 100);
        Assert.NotEmpty(inArticle.Hits);
        Assert.All(inArticle.Hits, h => Assert.StartsWith("002_", h.Article));

        var first = SeedCorpus.DateOf(1).ToString("yyyy-MM-dd");
        var last = SeedCorpus.DateOf(2).ToString("yyyy-MM-dd");
        var inDates = _searcher.Search($"fraud AND published:[{first} TO {last}]", limit: 100);
        Assert.NotEmpty(inDates.Hits);
        Assert.All(inDates.Hits, h => Assert.InRange(h.Published!.Value, SeedCorpus.DateOf(1), SeedCorpus.DateOf(2)));
        Assert.Contains(inDates.Hits, h => h.Published == SeedCorpus.DateOf(1));
        Assert.Contains(inDates.Hits, h => h.Published == SeedCorpus.DateOf(2));
    }

    [Fact]
    public void Results_can_be_filtered_and_counted_by_metric()
    {
        const string metric = "https://claimgraph.org/id/metric/two-card-gangs";
        var byShortName = _searcher.Search("metric:two-card-gangs", limit: 100);
        Assert.NotEmpty(byShortName.Hits);
        Assert.All(byShortName.Hits, h => Assert.Contains(metric, h.MetricIris));

        var counts = _searcher.CountByMetric("gangs");
        Assert.Equal(metric, counts[0].Key);
        Assert.Equal(_searcher.Search("gangs AND metric:two-card-gangs").TotalHits, counts[0].Value);
    }

    [Theory]
    [InlineData("fraud AND", 10)]
    [InlineData("(fraud OR gangs", 16)]
    [InlineData("published:[2021-01-01 TO", 25)]
    [InlineData("\"two card", 10)]
    public void A_malformed_query_is_explained_with_its_column(string query, int column)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => _searcher.Search(query));
        Assert.Equal(column, error.Column);
        Assert.Contains($"column {column}", error.Message);
        Assert.DoesNotContain("Lucene", error.Message);
        Assert.DoesNotContain("\n", error.Message);
    }

    [Fact]
    public void An_unexpected_token_is_named()
    {
        var error = Assert.Throws<QuerySyntaxException>(() => _searcher.Search("fraud AND )"));
        Assert.Equal(11, error.Column);
        Assert.Contains("unexpected \")\"", error.Message);
    }
}
