using ClaimGraph.Search.Indexing;
using ClaimGraph.Search.Querying;
using ClaimGraph.Search.Text;

namespace ClaimGraph.Search.Tests;

public class IndexLifecycleTests
{
    [Fact]
    public void A_new_index_has_no_store_version_and_is_built_on_first_check()
    {
        using var index = SearchIndex.InMemory();
        Assert.False(index.Exists);
        Assert.Null(index.StoreVersion);
        Assert.True(index.EnsureInStep(3, SeedCorpus.Articles));
        Assert.Equal(3, index.StoreVersion);
        Assert.NotEmpty(new SentenceSearcher(index).Search("gangs").Hits);
    }

    [Fact]
    public void An_index_in_step_with_the_store_is_left_alone()
    {
        using var index = SearchIndex.InMemory();
        index.Rebuild(SeedCorpus.Articles(), storeVersion: 7);
        bool asked = false;
        Assert.False(index.EnsureInStep(7, () => { asked = true; return []; }));
        Assert.False(asked);
    }

    [Fact]
    public void A_store_version_the_index_has_not_seen_triggers_a_rebuild_from_the_store()
    {
        using var index = SearchIndex.InMemory();
        var articles = SeedCorpus.Articles();
        index.Rebuild(articles.Take(2), storeVersion: 4);
        var searcher = new SentenceSearcher(index);
        Assert.Empty(searcher.Search("article:004*").Hits);

        // The store committed article 004 (version 5) but the process died before the index commit.
        Assert.True(index.EnsureInStep(5, () => articles));
        Assert.Equal(5, index.StoreVersion);
        Assert.NotEmpty(searcher.Search("article:004*").Hits);
    }

    [Fact]
    public void Uncommitted_changes_are_not_seen_and_are_dropped_on_dispose()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cg-search-" + Guid.NewGuid().ToString("N"));
        try
        {
            var articles = SeedCorpus.Articles();
            using (var index = SearchIndex.OpenInStore(folder))
            {
                index.Rebuild(articles.Take(1), storeVersion: 1);
                index.IndexArticle(articles[1]);   // no Commit: a crash before the index commit
            }
            using (var reopened = SearchIndex.OpenInStore(folder))
            {
                Assert.Equal(1, reopened.StoreVersion);
                Assert.Empty(new SentenceSearcher(reopened).Search("article:001*").Hits);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Reindexing_an_article_replaces_its_sentences()
    {
        using var index = SearchIndex.InMemory();
        var old = SeedCorpus.Article("a.txt", "Police arrested 12 suspects.", new DateOnly(2021, 2, 1), "https://claimgraph.org/id/article/a");
        var changed = SeedCorpus.Article("a.txt", "Police arrested 15 suspects.", new DateOnly(2021, 2, 1), "https://claimgraph.org/id/article/a");
        index.IndexArticle(old);
        index.Commit(1);
        index.IndexArticle(changed);
        index.Commit(2);
        var searcher = new SentenceSearcher(index);
        Assert.Empty(searcher.Search("12").Hits);
        Assert.Single(searcher.Search("15").Hits);
    }

    [Fact]
    public void Offsets_count_code_points_beyond_the_basic_plane()
    {
        using var index = SearchIndex.InMemory();
        const string text = "🚨 Police 𝐀 arrested 531 suspects.";
        index.IndexArticle(SeedCorpus.Article("emoji.txt", text, null));
        index.Commit(1);
        var hit = Assert.Single(new SentenceSearcher(index).Search("531").Hits);
        var match = Assert.Single(hit.Matches);
        var codePoints = text.EnumerateRunes().Select(r => r.ToString()).ToArray();
        Assert.Equal("531", string.Concat(codePoints[match.Start..match.End]));
        Assert.Equal(CodePoints.Length(text), hit.SentenceEnd);
    }
}
