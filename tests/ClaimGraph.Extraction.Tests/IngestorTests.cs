using ClaimGraph.Extraction.Ingest;
using ClaimGraph.Extraction.Metrics;
using ClaimGraph.Extraction.Rdf;
using ClaimGraph.Store;

namespace ClaimGraph.Extraction.Tests;

public sealed class IngestorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cg-ingest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes) { var p = Path.Combine(_folder, name); File.WriteAllBytes(p, bytes); return p; }
    private string Write(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

    private sealed class Recorder : IIngestListener
    {
        public List<IngestedArticle> Committed { get; } = [];
        public void ArticleCommitted(IngestedArticle article) => Committed.Add(article);
    }

    [Fact]
    public void Bad_files_fail_one_by_one_and_the_rest_is_ingested()
    {
        var good = Write("good.txt", "Xinhua, Beijing, March 3, 2021 (Reporter Li Ming) Police arrested 120 suspects so far.");
        var empty = Write("empty.txt", "");
        var binary = Write("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01]);
        var latin1 = Write("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x31, 0x32]);
        using var store = QuadStoreFactory.InMemory();
        var recorder = new Recorder();
        var ingestor = new ArticleIngestor(store, MetricCatalogLoader.BuiltIn(), [recorder]) { MaxFileBytes = 1 << 20 };
        var big = Write("big.txt", new byte[(1 << 20) + 1].Select(_ => (byte)'a').ToArray());

        var report = ingestor.Ingest([good, empty, binary, latin1, big]);

        Assert.Equal(4, report.Failed);
        Assert.Equal(1, report.Written);
        Assert.Contains(report.Messages, m => m.File == latin1 && m.IsError && m.Line == 1 && m.Column == 4);
        Assert.Contains(report.Messages, m => m.File == empty && m.Text.Contains("empty"));
        var article = Assert.Single(recorder.Committed);
        Assert.Equal(new DateOnly(2021, 3, 3), article.Published);
        var claim = Assert.Single(article.Claims);
        Assert.Equal(120m, claim.Value);
        Assert.Equal("https://claimgraph.org/id/metric/suspects-arrested", claim.Metric.Value);
    }

    [Fact]
    public void Unchanged_articles_are_left_alone_and_changed_ones_supersede_the_old_version()
    {
        var path = Write("a.txt", "Xinhua, Beijing, March 3, 2021 Police arrested 120 suspects so far.");
        using var store = QuadStoreFactory.InMemory();
        var ingestor = new ArticleIngestor(store, MetricCatalogLoader.BuiltIn());
        Assert.Equal(FileOutcome.Added, ingestor.Ingest([path]).Files.Single().Outcome);
        long version;
        using (var s = store.OpenSnapshot()) version = s.Version;
        Assert.Equal(FileOutcome.Unchanged, ingestor.Ingest([path]).Files.Single().Outcome);
        using (var s = store.OpenSnapshot()) Assert.Equal(version, s.Version);

        Write("a.txt", "Xinhua, Beijing, March 3, 2021 Police arrested 130 suspects so far.");
        var recorder = new Recorder();
        ingestor.AddListener(recorder);
        Assert.Equal(FileOutcome.Replaced, ingestor.Ingest([path]).Files.Single().Outcome);
        var replaced = Assert.Single(recorder.Committed);
        Assert.NotNull(replaced.Superseded);
        using var snapshot = store.OpenSnapshot();
        Assert.True(snapshot.TryGetId(CgVocab.SupersededBy, out long superseded));
        Assert.Single(snapshot.Scan(new QuadPattern(TermIds.Any, superseded, TermIds.Any, TermIds.Any)));
        // the old version's assertion graph is gone, the new one holds one claim
        Assert.False(snapshot.TryGetId(CgVocab.AssertionGraph(replaced.Superseded!), out long oldGraph)
                     && snapshot.Scan(new QuadPattern(TermIds.Any, TermIds.Any, TermIds.Any, oldGraph)).Any());
    }

    [Fact]
    public void An_article_ingested_alone_is_dated_by_an_event_an_earlier_run_stored()
    {
        var anchor = Write("launch.txt", "Xinhua, Beijing, October 11. The “Card Broken” operation was launched on October 10, 2020. Police arrested 100 suspects.");
        using var store = QuadStoreFactory.InMemory();
        var ingestor = new ArticleIngestor(store, MetricCatalogLoader.BuiltIn());
        ingestor.Ingest([anchor]);

        var later = Write("later.txt", "Xinhua, Beijing, February 4. Since the “Card Broken” operation in October last year, police arrested 900 suspects.");
        var recorder = new Recorder();
        ingestor.AddListener(recorder);
        var report = ingestor.Ingest([later]);

        Assert.DoesNotContain(report.Messages, m => m.Text.Contains("year unknown"));
        Assert.Equal(new DateOnly(2021, 2, 4), Assert.Single(recorder.Committed).Published);
        // re-ingesting the anchor's own file reads its evidence afresh, not twice
        Assert.Equal(FileOutcome.Unchanged, ingestor.Ingest([anchor, later]).Files[0].Outcome);
    }
}
