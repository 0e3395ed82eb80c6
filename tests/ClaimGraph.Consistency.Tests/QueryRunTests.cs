using ClaimGraph.Consistency.Checking;
using ClaimGraph.Sparql.Results;

namespace ClaimGraph.Consistency.Tests;

/// <summary>Every query of queries/ parses and runs on the fixture (quick smoke test of each file).</summary>
public class QueryRunTests
{
    public static TheoryData<string> QueryNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in QueryCatalog.Queries.Keys) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(QueryNames))]
    public void Query_runs_on_the_fixture(string name)
    {
        using var store = FixtureStore.Load();
        using var snapshot = store.OpenSnapshot();
        var result = new EngineSelectRunner().Select(QueryCatalog.Get(name), snapshot);
        var rows = result.Rows.ToList();
        Assert.All(rows, r => Assert.Equal(result.Variables.Count, r.Length));
    }
}
