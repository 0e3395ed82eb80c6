using ClaimGraph.Rdf.Model;
using ClaimGraph.Store.Rocks;

namespace ClaimGraph.Store.Tests;

/// <summary>The RocksDB store with every commit written as SST files and ingested (the bulk path).</summary>
public sealed class RocksBulkQuadStoreTests : QuadStoreContractTests
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "claimgraph-store-tests", Guid.NewGuid().ToString("N"));

    protected override IQuadStore CreateStore() => RocksQuadStore.Open(_directory, bulkThreshold: 1);

    protected override IQuadStore? Reopen(IQuadStore store)
    {
        store.Dispose();
        return RocksQuadStore.Open(_directory, bulkThreshold: 1);
    }

    public override void Dispose()
    {
        base.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}

public sealed class RocksQuadStoreTests : QuadStoreContractTests
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "claimgraph-store-tests", Guid.NewGuid().ToString("N"));

    protected override IQuadStore CreateStore() => RocksQuadStore.Open(_directory);

    protected override IQuadStore? Reopen(IQuadStore store)
    {
        store.Dispose();
        return RocksQuadStore.Open(_directory);
    }

    public override void Dispose()
    {
        base.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void A_second_open_of_the_same_folder_says_it_is_in_use()
    {
        _ = Store;
        var error = Assert.Throws<StoreException>(() => RocksQuadStore.Open(_directory));
        Assert.Equal($"store {_directory} is in use by another process", error.Message);
    }

    [Fact]
    public void A_store_of_an_earlier_format_is_refused_with_what_to_do()
    {
        var store = RocksQuadStore.Open(_directory);
        store.Db.Put("format"u8.ToArray(), QuadKeys.Id(1), store.Meta);
        store.Dispose();

        var error = Assert.Throws<StoreException>(() => RocksQuadStore.Open(_directory));
        Assert.Equal($"store {_directory} was written by an earlier ClaimGraph (format 1; this one reads formats 2 and 3, " +
                     "whose index keys are half the size): ingest or load the data again into a new folder", error.Message);
    }

    [Fact]
    public void A_format_2_store_is_upgraded_in_place_by_dropping_the_orders_no_longer_kept()
    {
        var alice = new Iri("http://example.org/alice");
        var knows = new Iri("http://example.org/knows");
        var bob = new Iri("http://example.org/bob");
        var store = RocksQuadStore.Open(_directory);
        using (var tx = store.BeginTransaction())
        {
            tx.Add(new Quad(alice, knows, bob, null));
            tx.Commit();
        }
        // What format 2 looked like: the same families, two more index orders, format 2 in the metadata.
        foreach (var order in RocksIndexes.Dropped) store.Db.CreateColumnFamily(new RocksDbSharp.ColumnFamilyOptions(), order.Name());
        store.Db.Put("format"u8.ToArray(), QuadKeys.Id(2), store.Meta);
        store.Dispose();

        using var upgraded = RocksQuadStore.Open(_directory);
        Assert.Equal(QuadKeys.Id(RocksQuadStore.FormatVersion), upgraded.Db.Get("format"u8.ToArray(), upgraded.Meta));
        Assert.Empty(RocksDbSharp.RocksDb.ListColumnFamilies(new RocksDbSharp.DbOptions(), upgraded.DataDirectory)
            .Intersect(RocksIndexes.Dropped.Select(order => order.Name())));
        using var snapshot = upgraded.OpenSnapshot();
        Assert.True(snapshot.TryGetId(bob, out long bobId));
        var found = Assert.Single(snapshot.Scan(new QuadPattern(TermIds.Any, TermIds.Any, bobId, TermIds.Any)));
        Assert.Equal(alice, snapshot.GetTerm(found.Subject));
    }

    [Fact]
    public void A_folder_with_other_files_is_not_taken_over()
    {
        var folder = _directory + "-other";
        Directory.CreateDirectory(Path.Combine(folder, RocksQuadStore.DataFolderName));
        File.WriteAllText(Path.Combine(folder, RocksQuadStore.DataFolderName, "notes.txt"), "mine");
        try
        {
            var error = Assert.Throws<StoreException>(() => RocksQuadStore.Open(folder));
            Assert.Contains("not a ClaimGraph store", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_file_given_as_the_store_folder_is_refused()
    {
        var file = _directory + ".txt";
        File.WriteAllText(file, "not a folder");
        try
        {
            var error = Assert.Throws<StoreException>(() => RocksQuadStore.Open(file));
            Assert.Equal($"store {file} is a file, not a folder", error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Files_a_killed_bulk_load_left_before_committing_are_dropped_at_open()
    {
        AddAll(SampleData());
        Store.Dispose();
        var staging = Path.Combine(_directory, RocksQuadStore.DataFolderName, "staging");
        Directory.CreateDirectory(staging);
        File.WriteAllBytes(Path.Combine(staging, "SPOG.sst"), [1, 2, 3]);   // half-written, no commit marker
        using var store = RocksQuadStore.Open(_directory);
        Assert.False(Directory.Exists(staging));
        Assert.Equal(SampleData().Length, store.QuadCount);
        using var snapshot = store.OpenSnapshot();
        Assert.Equal(SampleData().Length, snapshot.Scan(QuadPattern.All).Count());
    }

    [Fact]
    public void Statistics_survive_reopening()
    {
        AddAll(SampleData());
        var store = (RocksQuadStore)Reopen(Store)!;
        using (store)
        {
            Assert.Equal(SampleData().Length, store.QuadCount);
            Assert.Equal(2, store.NamedGraphCount);
            using var snapshot = store.OpenSnapshot();
            Assert.True(snapshot.TryGetId(Knows, out long knows));
            Assert.Equal(SampleData().Count(q => q.Predicate == Knows), snapshot.EstimateCount(new QuadPattern(TermIds.Any, knows, TermIds.Any, TermIds.Any)));
        }
    }
}
