namespace ClaimGraph.Store.Tests;

public sealed class ChunkedListTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1 << 16)]              // exactly one full chunk
    [InlineData(3 * (1 << 16) + 5)]    // several chunks, the last one part full
    public void Gives_back_what_was_added_in_order(int count)
    {
        var list = new ChunkedList<int>();
        for (int i = 0; i < count; i++) list.Add(i);
        Assert.Equal(count, list.Count);
        Assert.Equal(Enumerable.Range(0, count), list);

        list.Clear();
        Assert.Empty(list);
        list.Add(7);
        Assert.Equal([7], list);
    }
}
