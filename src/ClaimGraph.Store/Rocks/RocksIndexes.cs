namespace ClaimGraph.Store.Rocks;

/// <summary>
/// The index orders the RocksDB store keeps: SPOG, POSG, GSPO and GPOS, as Virtuoso keeps two
/// full orders and answers the rest from them. They cover, as a range scan, every pattern that binds
/// the predicate whenever it binds the object. A pattern that binds the object and not the predicate
/// is answered another way (<see cref="Plan"/>): with its subject bound, by the subject's range
/// filtered on the object; without, by one range per predicate in the store (a few hundred seeks at
/// most, and such patterns are rare: <c>?s ?p &lt;o&gt;</c>, negated property sets).
/// OSPG and GOSP, which format 2 also kept, were a third of every write: at 100k ingested articles
/// the OSPG family alone took a quarter of all compaction.
/// </summary>
internal static class RocksIndexes
{
    public static readonly IndexOrder[] Kept = [IndexOrder.Spog, IndexOrder.Posg, IndexOrder.Gspo, IndexOrder.Gpos];

    /// <summary>The orders a format 2 store also has; their column families are dropped when such a store is opened.</summary>
    public static readonly IndexOrder[] Dropped = [IndexOrder.Ospg, IndexOrder.Gosp];

    /// <summary>How a pattern is scanned with the kept orders.</summary>
    public static ScanPlan Plan(in QuadPattern pattern)
    {
        bool objectBound = pattern.Object != TermIds.Any, predicateBound = pattern.Predicate != TermIds.Any;
        if (!objectBound || predicateBound) return new ScanPlan(ScanShape.Range, pattern);
        var withoutObject = pattern with { Object = TermIds.Any };
        return pattern.Subject != TermIds.Any
            ? new ScanPlan(ScanShape.RangeFilteredOnObject, withoutObject)
            : new ScanPlan(ScanShape.RangePerPredicate, pattern);
    }
}

/// <summary>How a pattern is scanned: the shape, and the pattern whose range (or ranges) is read.</summary>
internal readonly record struct ScanPlan(ScanShape Shape, QuadPattern Range);

internal enum ScanShape
{
    /// <summary>One range of a kept order holds exactly the matches.</summary>
    Range,

    /// <summary>The matches are the quads of the range (the pattern without its object) that have the object.</summary>
    RangeFilteredOnObject,

    /// <summary>The matches are the union of one range per predicate (the pattern with that predicate bound).</summary>
    RangePerPredicate,
}
