using System.IO.Compression;
using ClaimGraph.Rdf.Syntax;
using ClaimGraph.Store;

namespace ClaimGraph.Consistency.Tests;

/// <summary>In-memory stores loaded with the fixtures of Fixtures/.</summary>
internal static class FixtureStore
{
    public static string FixturePath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "series-fixture.trig");

    /// <summary>
    /// The claims of the bench generator's 1,000-article corpus (seed 42, generator version 2): the claim,
    /// article and metric statements of `generate nquads --size 1k`, without the sentences; see Fixtures/README.md.
    /// </summary>
    public static string GeneratedPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "generated-1k-claims.nq.gz");

    /// <summary>Fixtures/series-fixture.trig: the hand-written series, one per verdict rule.</summary>
    public static IQuadStore Load()
    {
        var store = QuadStoreFactory.InMemory();
        using var transaction = store.BeginTransaction();
        foreach (var quad in RdfFile.ReadQuads(FixturePath)) transaction.Add(quad);
        transaction.Commit();
        return store;
    }

    /// <summary>The generated claims of <see cref="GeneratedPath"/>.</summary>
    public static IQuadStore LoadGenerated()
    {
        var store = QuadStoreFactory.InMemory();
        using var gzip = new GZipStream(File.OpenRead(GeneratedPath), CompressionMode.Decompress);
        using var reader = RdfFormat.NQuads.CreateReader(gzip, RdfReaderOptions.Default with { SourceName = GeneratedPath });
        using var transaction = store.BeginTransaction();
        foreach (var quad in reader.ReadQuads()) transaction.Add(quad);
        transaction.Commit();
        return store;
    }
}
