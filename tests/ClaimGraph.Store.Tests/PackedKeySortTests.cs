using ClaimGraph.Store.Rocks;

namespace ClaimGraph.Store.Tests;

public sealed class PackedKeySortTests
{
    [Theory]
    [InlineData(10, 1 << 20)]        // below the radix threshold: the ordinary sort
    [InlineData(50_000, 1 << 20)]    // ids of three bytes, the usual case
    [InlineData(50_000, 40)]         // few distinct ids: most bytes shared by every key
    [InlineData(50_000, int.MaxValue)]
    public void Sorts_as_the_ordinary_sort_does(int count, int maxId)
    {
        var random = new Random(count ^ maxId);
        var keys = new UInt128[count];
        for (int i = 0; i < count; i++)
        {
            var quad = new EncodedQuad(random.Next(16, maxId), random.Next(16, Math.Min(maxId, 100)), random.Next(16, maxId), random.Next(1, maxId));
            keys[i] = QuadKeys.Pack(IndexOrder.Posg, quad);
        }
        keys[^1] = keys[0];   // repeats stay
        var expected = (UInt128[])keys.Clone();
        Array.Sort(expected);

        PackedKeySort.Sort(keys);

        Assert.Equal(expected, keys);
    }

    [Theory]
    [InlineData(IndexOrder.Spog, IndexOrder.Posg, 2, 50_000)]
    [InlineData(IndexOrder.Spog, IndexOrder.Ospg, 1, 50_000)]
    [InlineData(IndexOrder.Spog, IndexOrder.Gspo, 1, 50_000)]
    [InlineData(IndexOrder.Posg, IndexOrder.Gpos, 1, 50_000)]
    [InlineData(IndexOrder.Ospg, IndexOrder.Gosp, 1, 50_000)]
    [InlineData(IndexOrder.Spog, IndexOrder.Gspo, 1, 200)]   // below the radix threshold
    public void Keys_of_a_sorted_order_repacked_are_sorted_on_the_ids_the_new_order_leads_with(IndexOrder from, IndexOrder to, int leadingIds, int count)
    {
        // Graph and subject ids shared by many quads, as in a batch of articles.
        var random = new Random(7);
        var quads = Enumerable.Range(0, count)
            .Select(_ => new EncodedQuad(random.Next(16, 2_000), random.Next(16, 60), random.Next(16, 1 << 20), random.Next(16, 400)))
            .Distinct().ToArray();
        var keys = quads.Select(q => QuadKeys.Pack(from, q)).Order().Select(k => QuadKeys.Pack(to, QuadKeys.Unpack(from, k))).ToArray();
        var expected = quads.Select(q => QuadKeys.Pack(to, q)).Order().ToArray();

        PackedKeySort.SortByLeadingIds(keys, leadingIds);

        Assert.Equal(expected, keys);
    }

    [Fact]
    public void Keys_that_are_all_equal_stay_as_they_are()
    {
        var keys = Enumerable.Repeat(QuadKeys.Pack(IndexOrder.Spog, new EncodedQuad(17, 18, 19, 20)), 10_000).ToArray();
        PackedKeySort.Sort(keys);
        Assert.All(keys, k => Assert.Equal(keys[0], k));
    }
}
