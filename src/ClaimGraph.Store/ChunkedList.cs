using System.Collections;

namespace ClaimGraph.Store;

/// <summary>
/// An append-only list kept in chunks of a fixed size, never in one array: a list of a million quads
/// in one array outgrows the large-object threshold, and such arrays bring on full collections (an
/// ingest of 100k articles made one per group: 27 full collections, 16 with chunks); growing also
/// copies nothing here. <see cref="Clear"/> keeps the chunks for the next items, as a list keeps its
/// array (items are values, so nothing is kept alive by them).
/// </summary>
internal sealed class ChunkedList<T> : IReadOnlyCollection<T> where T : struct
{
    private const int ChunkLength = 1 << 16;

    private readonly List<T[]> _chunks = new();

    public int Count { get; private set; }

    public void Add(T item)
    {
        int chunk = Count / ChunkLength;
        if (chunk == _chunks.Count) _chunks.Add(new T[ChunkLength]);
        _chunks[chunk][Count % ChunkLength] = item;
        Count++;
    }

    public void Clear() => Count = 0;

    /// <summary>A struct enumerator, as <see cref="List{T}"/> has: <c>foreach</c> over a million items allocates nothing and makes no interface calls.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(ChunkedList<T> list) : IEnumerator<T>
    {
        private int _next;

        public T Current { get; private set; }

        object? IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_next == list.Count) return false;
            Current = list._chunks[_next / ChunkLength][_next % ChunkLength];
            _next++;
            return true;
        }

        public void Reset() => _next = 0;

        public void Dispose() { }
    }
}
