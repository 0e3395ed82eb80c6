using System.Collections;

namespace ClaimGraph.Store.Rocks;

/// <summary>Quads held as <see cref="QuadKeys.Pack"/>ed keys of one order, read back as quads (no copy of the keys).</summary>
internal sealed class PackedQuads(IndexOrder order, UInt128[] keys) : IReadOnlyCollection<EncodedQuad>
{
    public int Count => keys.Length;

    public IEnumerator<EncodedQuad> GetEnumerator()
    {
        foreach (var key in keys) yield return QuadKeys.Unpack(order, key);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Counts every quad as added, reading its predicate and graph straight from its key; keys of one
    /// graph in a row (most, in SPOG order) count as one step for the graph. Counted one unpacked quad
    /// at a time, the commits of an ingest of 100k articles spent 1.8 s of CPU here; now 0.2 s.
    /// </summary>
    public void CountInto(StoreStatistics.Delta delta)
    {
        int predicateShift = 96 - 32 * order.Positions().IndexOf(QuadPosition.Predicate);
        int graphShift = 96 - 32 * order.Positions().IndexOf(QuadPosition.Graph);
        long runGraph = 0, runLength = 0;
        foreach (var key in keys)
        {
            delta.AddWithPredicate((uint)(key >> predicateShift));
            long graph = (uint)(key >> graphShift);
            if (graph != runGraph || runLength == 0)
            {
                if (runLength > 0) delta.AddToGraph(runGraph, runLength);
                (runGraph, runLength) = (graph, 0);
            }
            runLength++;
        }
        if (runLength > 0) delta.AddToGraph(runGraph, runLength);
    }
}
