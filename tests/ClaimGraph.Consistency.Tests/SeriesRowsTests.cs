using ClaimGraph.Consistency.Checking;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Store;

namespace ClaimGraph.Consistency.Tests;

/// <summary>series.rq read some metrics at a time gives the rows of series.rq read in one go, in the same order.</summary>
public class SeriesRowsTests
{
    [Fact]
    public void Reading_by_metric_gives_the_rows_of_the_whole_query_on_the_fixture()
    {
        using var store = FixtureStore.Load();
        AssertSameRows(store);
    }

    [Fact]
    public void Reading_by_metric_gives_the_rows_of_the_whole_query_on_a_generated_corpus_of_1k_articles()
    {
        using var store = FixtureStore.LoadGenerated();
        Assert.True(AssertSameRows(store) > 1_000);
    }

    /// <summary>Asserts both reads agree row for row and returns the number of rows.</summary>
    private static int AssertSameRows(IQuadStore store)
    {
        using var snapshot = store.OpenSnapshot();
        var runner = new EngineSelectRunner();
        var whole = runner.Select(QueryCatalog.Get(QueryCatalog.Series), snapshot);
        var parted = new SeriesRows(runner, snapshot, CancellationToken.None).Read();

        Assert.Equal(whole.Variables, parted.Variables);
        var expected = whole.Rows.Select(Line).ToList();
        Assert.Equal(expected, parted.Rows.Select(Line).ToList());
        return expected.Count;
    }

    private static string Line(Term?[] row) => string.Join('\t', row.Select(term => term?.ToString() ?? "-"));
}
