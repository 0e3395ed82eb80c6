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

    [Fact]
    public void Keys_that_are_all_equal_stay_as_they_are()
    {
        var keys = Enumerable.Repeat(QuadKeys.Pack(IndexOrder.Spog, new EncodedQuad(17, 18, 19, 20)), 10_000).ToArray();
        PackedKeySort.Sort(keys);
        Assert.All(keys, k => Assert.Equal(keys[0], k));
    }
}
