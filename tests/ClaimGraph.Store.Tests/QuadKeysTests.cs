using ClaimGraph.Store.Rocks;

namespace ClaimGraph.Store.Tests;

public sealed class QuadKeysTests
{
    public static TheoryData<IndexOrder, IndexOrder> OrderPairs()
    {
        var pairs = new TheoryData<IndexOrder, IndexOrder>();
        foreach (var from in IndexOrders.All)
            foreach (var to in IndexOrders.All)
                pairs.Add(from, to);
        return pairs;
    }

    [Theory]
    [MemberData(nameof(OrderPairs))]
    public void A_key_repacked_is_the_key_of_the_same_quad_in_the_other_order(IndexOrder from, IndexOrder to)
    {
        var quad = new EncodedQuad(0x11223344, 0x55667788, 0x99AABBCC, uint.MaxValue);
        Assert.Equal(QuadKeys.Pack(to, quad), QuadKeys.Repack(QuadKeys.Pack(from, quad), QuadKeys.RepackMap(from, to)));
        Assert.Equal(quad, QuadKeys.Unpack(to, QuadKeys.Pack(to, quad)));
    }
}
