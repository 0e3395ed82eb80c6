namespace ClaimGraph.Store.Memory;

/// <summary>
/// One committed version of an in-memory store, immutable: a large sorted base segment, quads added
/// since in a few sorted runs (<see cref="Added"/>, disjoint from the base and from each other) and a
/// segment of base quads removed since (<see cref="Removed"/>, a subset of the base). A commit adds
/// its quads as a new run and merges runs of like size, as a log-structured merge does, so many
/// small commits cost O(n log n) in all; once the overlay grows past a fraction of the base, the
/// whole is merged into a new base.
/// </summary>
internal sealed class MemoryState
{
    public static readonly MemoryState Empty = new(QuadSegment.Empty, [], QuadSegment.Empty, 0, 0);

    public MemoryState(QuadSegment @base, QuadSegment[] added, QuadSegment removed, int termCount, long version)
    {
        Base = @base;
        Added = added;
        Removed = removed;
        TermCount = termCount;
        Version = version;
    }

    public QuadSegment Base { get; }

    /// <summary>Runs of added quads, larger (older) first.</summary>
    public QuadSegment[] Added { get; }

    public QuadSegment Removed { get; }

    /// <summary>How many dictionary terms this version can see.</summary>
    public int TermCount { get; }

    public long Version { get; }

    private long AddedCount => Added.Sum(run => (long)run.Count);

    public long QuadCount => (long)Base.Count - Removed.Count + AddedCount;

    public long SizeInBytes => Base.SizeInBytes + Added.Sum(run => run.SizeInBytes) + Removed.SizeInBytes;

    public bool Contains(in IdQuad quad) => InAdded(quad) || (Base.Contains(quad) && !Removed.Contains(quad));

    private bool InAdded(in IdQuad quad)
    {
        foreach (var run in Added)
            if (run.Contains(quad)) return true;
        return false;
    }

    /// <summary>How many ranks ahead a scan of the base segment asks for its rows (<see cref="QuadSegment.Prefetch"/>).</summary>
    private const int PrefetchDistance = 16;

    public IEnumerable<EncodedQuad> Scan(QuadPattern pattern)
    {
        if (!SegmentRange.TryCreate(pattern, out var range)) yield break;
        var removed = Removed;
        bool checkRemoved = removed.Count > 0;
        var (start, end) = range.In(Base);
        for (int rank = start; rank < end; rank++)
        {
            Base.Prefetch(range.Order, rank + PrefetchDistance);
            var quad = Base.QuadAt(range.Order, rank);
            if (range.NamedGraphsOnly && quad.G == TermIds.DefaultGraph) continue;
            if (checkRemoved && removed.Contains(quad)) continue;
            yield return quad.ToEncoded();
        }
        foreach (var run in Added)
        {
            (start, end) = range.In(run);
            for (int rank = start; rank < end; rank++)
            {
                var quad = run.QuadAt(range.Order, rank);
                if (range.NamedGraphsOnly && quad.G == TermIds.DefaultGraph) continue;
                yield return quad.ToEncoded();
            }
        }
    }

    /// <summary>The exact number of quads matching the pattern, from range bounds only.</summary>
    public long Count(QuadPattern pattern)
    {
        if (pattern.Graph == TermIds.AnyNamedGraph && IndexOrders.BoundMask(pattern) != 0)
            return Count(pattern with { Graph = TermIds.Any }) - Count(pattern with { Graph = TermIds.DefaultGraph });
        if (!SegmentRange.TryCreate(pattern, out var range)) return 0;
        long count = range.CountIn(Base) - range.CountIn(Removed);
        foreach (var run in Added) count += range.CountIn(run);
        return count;
    }

    /// <summary>The named graphs with at least one quad, ascending by id.</summary>
    public IEnumerable<long> NamedGraphs()
    {
        var graphs = new SortedSet<int>();
        foreach (var segment in Added.Prepend(Base))
        {
            int rank = segment.LowerBound(IndexOrder.Gspo, [(int)TermIds.FirstTermId], orEqualAbove: false);
            while (rank < segment.Count)
            {
                int graph = segment.QuadAt(IndexOrder.Gspo, rank).G;
                graphs.Add(graph);
                rank = segment.LowerBound(IndexOrder.Gspo, [graph], orEqualAbove: true);
            }
        }
        foreach (int graph in graphs)
            if (Count(new QuadPattern(TermIds.Any, TermIds.Any, TermIds.Any, graph)) > 0)
                yield return graph;
    }

    /// <summary>
    /// The state after a transaction: <paramref name="adds"/> are absent from this state and
    /// <paramref name="removes"/> present in it (the transaction keeps them so).
    /// </summary>
    public MemoryState Apply(IReadOnlyCollection<IdQuad> adds, IReadOnlyCollection<IdQuad> removes, int termCount)
    {
        var restoredToBase = new HashSet<IdQuad>();   // removed earlier, added back now
        var newlyAdded = new List<IdQuad>();
        foreach (var quad in adds)
            if (Base.Contains(quad)) restoredToBase.Add(quad); else newlyAdded.Add(quad);
        var droppedFromAdded = new HashSet<IdQuad>();
        var newlyRemoved = new HashSet<IdQuad>();
        foreach (var quad in removes)
            if (InAdded(quad)) droppedFromAdded.Add(quad); else newlyRemoved.Add(quad);

        long addedCount = AddedCount - droppedFromAdded.Count + newlyAdded.Count;
        long removedCount = Removed.Count - restoredToBase.Count + newlyRemoved.Count;
        bool IsRemoved(in IdQuad q) => newlyRemoved.Contains(q) || (Removed.Contains(q) && !restoredToBase.Contains(q));

        if (addedCount + removedCount > 1024 + Base.Count / 8)
        {
            // Merge everything into a new base.
            var live = new List<IdQuad>((int)Math.Min(int.MaxValue, Base.Count + addedCount));
            for (int rank = 0; rank < Base.Count; rank++)
            {
                var quad = Base.QuadAt(IndexOrder.Spog, rank);
                if (!IsRemoved(quad)) live.Add(quad);
            }
            foreach (var run in Added) AddAll(live, run, droppedFromAdded);
            live.AddRange(newlyAdded);
            return new MemoryState(Build(live), [], QuadSegment.Empty, termCount, Version + 1);
        }

        var runs = new List<QuadSegment>(Added.Length + 1);
        foreach (var run in Added)
            runs.Add(droppedFromAdded.Count == 0 ? run : Without(run, droppedFromAdded));
        runs.RemoveAll(run => run.Count == 0);
        if (newlyAdded.Count > 0) runs.Add(Build(newlyAdded));
        // Merge the newest run into the one before while that one is not much larger: run sizes then
        // at least double towards the oldest, so there are O(log n) runs and each quad is rebuilt O(log n) times.
        while (runs.Count >= 2 && runs[^2].Count <= 2 * runs[^1].Count)
        {
            var merged = new List<IdQuad>(runs[^2].Count + runs[^1].Count);
            AddAll(merged, runs[^2], except: null);
            AddAll(merged, runs[^1], except: null);
            runs.RemoveRange(runs.Count - 2, 2);
            runs.Add(Build(merged));
        }

        var removed = Removed;
        if (restoredToBase.Count + newlyRemoved.Count > 0)
        {
            var removedQuads = new List<IdQuad>((int)removedCount);
            AddAll(removedQuads, Removed, restoredToBase);
            removedQuads.AddRange(newlyRemoved);
            removed = Build(removedQuads);
        }
        return new MemoryState(Base, runs.ToArray(), removed, termCount, Version + 1);
    }

    private static QuadSegment Build(List<IdQuad> quads) =>
        QuadSegment.Build(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(quads));

    private static QuadSegment Without(QuadSegment run, HashSet<IdQuad> dropped)
    {
        var kept = new List<IdQuad>(run.Count);
        AddAll(kept, run, dropped);
        return kept.Count == run.Count ? run : Build(kept);
    }

    private static void AddAll(List<IdQuad> target, QuadSegment segment, HashSet<IdQuad>? except)
    {
        for (int rank = 0; rank < segment.Count; rank++)
        {
            var quad = segment.QuadAt(IndexOrder.Spog, rank);
            if (except is null || !except.Contains(quad)) target.Add(quad);
        }
    }
}

/// <summary>A pattern translated to an index order and a key prefix of 32-bit ids.</summary>
internal readonly struct SegmentRange
{
    private readonly int _p0, _p1, _p2, _p3;

    private SegmentRange(IndexOrder order, int length, bool namedGraphsOnly, int p0, int p1, int p2, int p3)
    {
        Order = order;
        PrefixLength = length;
        NamedGraphsOnly = namedGraphsOnly;
        _p0 = p0; _p1 = p1; _p2 = p2; _p3 = p3;
    }

    public IndexOrder Order { get; }
    public int PrefixLength { get; }

    /// <summary>The pattern asks for named graphs only: skip default-graph quads.</summary>
    public bool NamedGraphsOnly { get; }

    /// <summary>False when the pattern names an id no 32-bit segment can hold, so nothing matches.</summary>
    public static bool TryCreate(in QuadPattern pattern, out SegmentRange range)
    {
        range = default;
        var (order, length) = IndexOrders.Choose(pattern);
        Span<int> prefix = stackalloc int[4];
        var positions = order.Positions();
        for (int i = 0; i < length; i++)
        {
            long id = QuadPosition.Get(pattern, positions[i]);
            if (id is < 0 or > int.MaxValue) return false;
            prefix[i] = (int)id;
        }
        range = new SegmentRange(order, length, pattern.Graph == TermIds.AnyNamedGraph, prefix[0], prefix[1], prefix[2], prefix[3]);
        return true;
    }

    public (int Start, int End) In(QuadSegment segment)
    {
        if (PrefixLength == 0 && NamedGraphsOnly && Order == IndexOrder.Gspo)
            return (segment.LowerBound(IndexOrder.Gspo, [(int)TermIds.FirstTermId], orEqualAbove: false), segment.Count);
        ReadOnlySpan<int> prefix = [_p0, _p1, _p2, _p3];
        return segment.Range(Order, prefix[..PrefixLength]);
    }

    public long CountIn(QuadSegment segment)
    {
        var (start, end) = In(segment);
        return end - start;
    }
}
