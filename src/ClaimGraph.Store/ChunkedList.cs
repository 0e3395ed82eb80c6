using System.Collections;

namespace ClaimGraph.Store;

/// <summary>
/// An append-only list kept in chunks of a fixed size, never in one array: a list of a million quads
/// in one array outgrows the large-object threshold, and such arrays bring on full collections (an
/// ingest of 100k articles made one per group: 27 full collections, 16 with chunks); growing also
/// copies nothing here.
/// </summary>
internal sealed class ChunkedList<T> : IReadOnlyCollection<T>
{
    private const int ChunkLength = 1 << 16;

    private readonly List<T[]> _chunks = new();
    private int _inLastChunk = ChunkLength;

    public int Count { get; private set; }

    public void Add(T item)
    {
        if (_inLastChunk == ChunkLength)
        {
            _chunks.Add(new T[ChunkLength]);
            _inLastChunk = 0;
        }
        _chunks[^1][_inLastChunk++] = item;
        Count++;
    }

    public void Clear()
    {
        _chunks.Clear();
        _inLastChunk = ChunkLength;
        Count = 0;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (int c = 0; c < _chunks.Count; c++)
        {
            var chunk = _chunks[c];
            int length = c == _chunks.Count - 1 ? _inLastChunk : ChunkLength;
            for (int i = 0; i < length; i++) yield return chunk[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
