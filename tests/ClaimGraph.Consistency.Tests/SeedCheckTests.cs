using ClaimGraph.Consistency.Checking;
using ClaimGraph.Consistency.Model;
using ClaimGraph.Extraction.Ingest;
using ClaimGraph.Extraction.Metrics;
using ClaimGraph.Store;

namespace ClaimGraph.Consistency.Tests;

/// <summary>End to end on the seed articles: ingest corpus/, check, and find the "two-card" gangs series consistent.</summary>
public class SeedCheckTests
{
    private static string CorpusFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ClaimGraph.sln"))) return Path.Combine(dir.FullName, "corpus");
        throw new DirectoryNotFoundException("repository root not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A store with the five seed articles of corpus/ ingested.</summary>
    internal static IQuadStore IngestSeeds()
    {
        var store = QuadStoreFactory.InMemory();
        var ingest = new ArticleIngestor(store, MetricCatalogLoader.BuiltIn()).Ingest([CorpusFolder()]);
        Assert.Equal(5, ingest.Articles);
        return store;
    }

    [Fact]
    public void Two_card_gangs_series_on_the_seeds_is_consistent()
    {
        using var store = IngestSeeds();
        var collector = new SeriesCollector();
        ConsistencyRun.Execute(store, [collector]);
        var gangs = Assert.Single(collector.Series, s => s.Key.IsCumulative && s.Points.Any(p => p.Value == 9013m));
        Assert.Equal(SeriesVerdicts.Consistent, gangs.Verdict);
        Assert.Equal(
            [(9013m, "2021-01-31", "exact"), (8600m, "2021-02-04", "atLeast"), (12000m, "2021-04-09", "exact"), (27000m, "2021-10-11", "exact")],
            gangs.Points.Select(p => (p.Value, FigureText.Date(p.AsOf), p.Bound)));
    }
}
