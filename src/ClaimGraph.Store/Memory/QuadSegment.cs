using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace ClaimGraph.Store.Memory;

/// <summary>
/// An immutable, sorted set of quads held as four int columns sorted in SPOG order, with the other
/// five orders kept as permutations of row numbers: 16 + 5 x 4 = 36 bytes per quad.
/// </summary>
internal sealed class QuadSegment
{
    public static readonly QuadSegment Empty = new([[], [], [], []], new int[IndexOrders.All.Length][], 0);

    /// <summary>[position][row]; rows sorted in SPOG order, no duplicates.</summary>
    private readonly int[][] _columns;

    /// <summary>[order][rank] = row; null for SPOG, whose ranks are the rows.</summary>
    private readonly int[]?[] _permutations;

    private QuadSegment(int[][] columns, int[]?[] permutations, int count)
    {
        _columns = columns;
        _permutations = permutations;
        Count = count;
    }

    public int Count { get; }

    /// <summary>Bytes held by the columns and permutations.</summary>
    public long SizeInBytes => (long)Count * 4 * (4 + IndexOrders.All.Length - 1);

    public IdQuad QuadAt(IndexOrder order, int rank)
    {
        int row = _permutations[(int)order] is { } permutation ? permutation[rank] : rank;
        return new IdQuad(_columns[0][row], _columns[1][row], _columns[2][row], _columns[3][row]);
    }

    /// <summary>
    /// Asks the processor to start loading the quad at a rank a scan will soon read. In the five
    /// permuted orders consecutive ranks are scattered rows, one cache miss per column each, and a
    /// scan that waits for each row in turn spends most of its time waiting (a 10M-quad store).
    /// </summary>
    public unsafe void Prefetch(IndexOrder order, int rank)
    {
        if (!Sse.IsSupported || (uint)rank >= (uint)Count || _permutations[(int)order] is not { } permutation) return;
        int row = permutation[rank];
        // An unpinned address is fine here: a prefetch never faults, and one the collector made stale only fetches in vain.
        foreach (var column in _columns) Sse.Prefetch0(Unsafe.AsPointer(ref column[row]));
    }

    public bool Contains(in IdQuad quad)
    {
        Span<int> key = [quad.S, quad.P, quad.O, quad.G];
        var (start, end) = Range(IndexOrder.Spog, key);
        return end > start;
    }

    /// <summary>The ranks [Start, End) in <paramref name="order"/> whose leading components equal <paramref name="prefix"/>.</summary>
    public (int Start, int End) Range(IndexOrder order, ReadOnlySpan<int> prefix)
    {
        if (prefix.Length == 0) return (0, Count);
        int start = LowerBound(order, prefix, orEqualAbove: false);
        int end = LowerBound(order, prefix, orEqualAbove: true);
        return (start, end);
    }

    /// <summary>
    /// The first rank whose key prefix is not below <paramref name="prefix"/> (orEqualAbove false), or
    /// is above it (orEqualAbove true).
    /// </summary>
    public int LowerBound(IndexOrder order, ReadOnlySpan<int> prefix, bool orEqualAbove)
    {
        var positions = order.Positions();
        var permutation = _permutations[(int)order];
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            int mid = (int)(((uint)lo + (uint)hi) >> 1);
            int row = permutation is null ? mid : permutation[mid];
            int cmp = 0;
            for (int i = 0; i < prefix.Length && cmp == 0; i++)
                cmp = _columns[positions[i]][row].CompareTo(prefix[i]);
            if (cmp < 0 || (orEqualAbove && cmp == 0)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Builds a segment from quads in any order; duplicates are dropped.</summary>
    public static QuadSegment Build(ReadOnlySpan<IdQuad> quads)
    {
        int n = quads.Length;
        if (n == 0) return Empty;
        var raw = new int[4][];
        for (int p = 0; p < 4; p++) raw[p] = new int[n];
        for (int i = 0; i < n; i++)
        {
            raw[0][i] = quads[i].S;
            raw[1][i] = quads[i].P;
            raw[2][i] = quads[i].O;
            raw[3][i] = quads[i].G;
        }
        return BuildFromColumns(raw, n);
    }

    /// <summary>Builds a segment from four unsorted columns of equal length (which it may reuse or overwrite).</summary>
    public static QuadSegment BuildFromColumns(int[][] raw, int n)
    {
        if (n == 0) return Empty;
        var sorter = new RadixSorter(n);

        // SPOG: least significant key first, each pass stable.
        var rows = Identity(n);
        sorter.SortBy(rows, raw[3]);
        sorter.SortBy(rows, raw[2]);
        sorter.SortBy(rows, raw[1]);
        sorter.SortBy(rows, raw[0]);

        // Gather into sorted columns, dropping duplicates.
        var columns = new int[4][];
        for (int p = 0; p < 4; p++) columns[p] = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++)
        {
            int r = rows[i];
            int s = raw[0][r], pr = raw[1][r], o = raw[2][r], g = raw[3][r];
            if (count > 0 && columns[0][count - 1] == s && columns[1][count - 1] == pr
                && columns[2][count - 1] == o && columns[3][count - 1] == g) continue;
            columns[0][count] = s; columns[1][count] = pr; columns[2][count] = o; columns[3][count] = g;
            count++;
        }
        if (count < n)
            for (int p = 0; p < 4; p++) Array.Resize(ref columns[p], count);
        if (count < n) sorter = new RadixSorter(count);

        // Rows are in SPOG order, so a stable sort on an order's leading components that differ
        // from SPOG's sequence yields that order: the rest is already SPOG-ordered.
        var permutations = new int[IndexOrders.All.Length][];
        permutations[(int)IndexOrder.Posg] = sorter.Sorted(count, columns[2], columns[1]);             // by P, O; then S, G
        permutations[(int)IndexOrder.Ospg] = sorter.Sorted(count, columns[2]);                         // by O; then S, P, G
        permutations[(int)IndexOrder.Gspo] = sorter.Sorted(count, columns[3]);                         // by G; then S, P, O
        permutations[(int)IndexOrder.Gpos] = sorter.Sorted(count, columns[2], columns[1], columns[3]); // by G, P, O; then S
        permutations[(int)IndexOrder.Gosp] = sorter.Sorted(count, columns[2], columns[3]);             // by G, O; then S, P
        return new QuadSegment(columns, permutations, count);
    }

    private static int[] Identity(int n)
    {
        var rows = new int[n];
        for (int i = 0; i < n; i++) rows[i] = i;
        return rows;
    }

    /// <summary>
    /// A stable least-significant-digit radix sort of row numbers by non-negative int keys: 16 bits a
    /// pass for large segments, 8 bits for small ones, whose sort would otherwise be mostly clearing
    /// and summing the 65,536 digit counts (a small commit builds small segments).
    /// </summary>
    private sealed class RadixSorter(int n)
    {
        private readonly int _digitBits = n < 1 << 16 ? 8 : 16;
        private readonly int[] _scratch = new int[n];
        private readonly int[] _counts = new int[(n < 1 << 16 ? 1 << 8 : 1 << 16) + 1];

        /// <summary>Row numbers 0..count-1 stably sorted by the keys, given least significant first.</summary>
        public int[] Sorted(int count, params int[][] keysLeastSignificantFirst)
        {
            var rows = Identity(count);
            foreach (var key in keysLeastSignificantFirst) SortBy(rows, key);
            return rows;
        }

        /// <summary>Stably sorts <paramref name="rows"/> by key[row].</summary>
        public void SortBy(int[] rows, int[] key)
        {
            // An even number of passes (2 or 4), so the result ends in rows.
            for (int shift = 0; shift < 32; shift += 2 * _digitBits)
            {
                Pass(rows, _scratch, key, shift);
                Pass(_scratch, rows, key, shift + _digitBits);
            }
        }

        private void Pass(int[] from, int[] to, int[] key, int shift)
        {
            int n = from.Length;
            int mask = (1 << _digitBits) - 1;
            Array.Clear(_counts);
            for (int i = 0; i < n; i++) _counts[((key[from[i]] >> shift) & mask) + 1]++;
            for (int d = 1; d < _counts.Length; d++) _counts[d] += _counts[d - 1];
            for (int i = 0; i < n; i++)
            {
                int row = from[i];
                to[_counts[(key[row] >> shift) & mask]++] = row;
            }
        }
    }
}

/// <summary>A quad of 32-bit internal ids (the public ids are these, widened to long).</summary>
internal readonly record struct IdQuad(int S, int P, int O, int G) : IPendingQuad<IdQuad>
{
    public static IdQuad From(EncodedQuad quad) => new((int)quad.Subject, (int)quad.Predicate, (int)quad.Object, (int)quad.Graph);

    public EncodedQuad ToEncoded() => new(S, P, O, G);

    public int this[int position] => position switch { 0 => S, 1 => P, 2 => O, _ => G };
}
