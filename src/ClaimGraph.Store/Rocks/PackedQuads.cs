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
}
