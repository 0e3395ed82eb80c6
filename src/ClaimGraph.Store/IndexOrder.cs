namespace ClaimGraph.Store;

/// <summary>
/// The six sort orders quads can be indexed in. Every pattern's bound positions form a prefix of one of
/// them, so with all six every pattern (with or without a graph) is a range scan. The in-memory store
/// keeps all six; the RocksDB store keeps four (see <c>RocksIndexes</c>).
/// </summary>
public enum IndexOrder : byte
{
    Spog = 0,
    Posg = 1,
    Ospg = 2,
    Gspo = 3,
    Gpos = 4,
    Gosp = 5,
}

/// <summary>Quad positions as indexes: subject 0, predicate 1, object 2, graph 3.</summary>
public static class QuadPosition
{
    public const int Subject = 0, Predicate = 1, Object = 2, Graph = 3;

    public static long Get(in EncodedQuad quad, int position) => position switch
    {
        Subject => quad.Subject,
        Predicate => quad.Predicate,
        Object => quad.Object,
        _ => quad.Graph,
    };

    public static long Get(in QuadPattern pattern, int position) => position switch
    {
        Subject => pattern.Subject,
        Predicate => pattern.Predicate,
        Object => pattern.Object,
        _ => pattern.Graph,
    };
}

public static class IndexOrders
{
    public static readonly IndexOrder[] All = [IndexOrder.Spog, IndexOrder.Posg, IndexOrder.Ospg, IndexOrder.Gspo, IndexOrder.Gpos, IndexOrder.Gosp];

    private static readonly int[][] PositionTable =
    [
        [0, 1, 2, 3], // SPOG
        [1, 2, 0, 3], // POSG
        [2, 0, 1, 3], // OSPG
        [3, 0, 1, 2], // GSPO
        [3, 1, 2, 0], // GPOS
        [3, 2, 0, 1], // GOSP
    ];

    /// <summary>The quad positions in this order's key, most significant first.</summary>
    public static ReadOnlySpan<int> Positions(this IndexOrder order) => PositionTable[(int)order];

    public static string Name(this IndexOrder order) => order.ToString().ToUpperInvariant();

    /// <summary>Bit set of the positions a pattern binds to one exact id (Any and AnyNamedGraph are unbound).</summary>
    public static int BoundMask(in QuadPattern pattern)
    {
        int mask = 0;
        if (pattern.Subject != TermIds.Any) mask |= 1;
        if (pattern.Predicate != TermIds.Any) mask |= 2;
        if (pattern.Object != TermIds.Any) mask |= 4;
        if (pattern.Graph is not TermIds.Any and not TermIds.AnyNamedGraph) mask |= 8;
        return mask;
    }

    /// <summary>
    /// The order whose key starts with exactly the bound positions of the pattern, and how many
    /// leading key components are bound.
    /// </summary>
    public static (IndexOrder Order, int PrefixLength) Choose(in QuadPattern pattern) => Choose(pattern, All);

    /// <summary>
    /// Of <paramref name="orders"/> (which must hold GSPO), the one whose key starts with exactly the
    /// bound positions of the pattern, and how many leading key components are bound; throws when
    /// none does.
    /// </summary>
    public static (IndexOrder Order, int PrefixLength) Choose(in QuadPattern pattern, ReadOnlySpan<IndexOrder> orders)
    {
        int mask = BoundMask(pattern);
        if (mask == 0 && pattern.Graph == TermIds.AnyNamedGraph) return (IndexOrder.Gspo, 0);
        foreach (var order in orders)
        {
            var positions = order.Positions();
            int prefixMask = 0, length = 0;
            while (length < 4 && (mask & (1 << positions[length])) != 0)
            {
                prefixMask |= 1 << positions[length];
                length++;
            }
            if (prefixMask == mask) return (order, length);
        }
        throw new InvalidOperationException("no index order covers the pattern");   // unreachable with all six orders: they cover all 16 masks
    }

    /// <summary>True when a quad matches the pattern, the graph wildcards included.</summary>
    public static bool Matches(in QuadPattern pattern, in EncodedQuad quad) =>
        (pattern.Subject == TermIds.Any || pattern.Subject == quad.Subject)
        && (pattern.Predicate == TermIds.Any || pattern.Predicate == quad.Predicate)
        && (pattern.Object == TermIds.Any || pattern.Object == quad.Object)
        && pattern.Graph switch
        {
            TermIds.Any => true,
            TermIds.AnyNamedGraph => quad.Graph != TermIds.DefaultGraph,
            _ => pattern.Graph == quad.Graph,
        };
}
