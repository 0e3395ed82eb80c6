using ClaimGraph.Rdf.Syntax;
using ClaimGraph.Store;

namespace ClaimGraph.Consistency.Tests;

/// <summary>An in-memory store loaded with Fixtures/series-fixture.trig.</summary>
internal static class FixtureStore
{
    public static string FixturePath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "series-fixture.trig");

    public static IQuadStore Load()
    {
        var store = QuadStoreFactory.InMemory();
        using var transaction = store.BeginTransaction();
        foreach (var quad in RdfFile.ReadQuads(FixturePath)) transaction.Add(quad);
        transaction.Commit();
        return store;
    }
}
