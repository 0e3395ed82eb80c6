using System.Runtime.CompilerServices;

namespace ClaimGraph.Store.Rocks;

/// <summary>
/// What staged SST files hold: dictionary entries and index keys, each file sorted as RocksDB wants.
/// Index keys are handled as <see cref="QuadKeys.Pack"/>ed 128-bit numbers, which sort fastest (<see cref="PackedKeySort"/>).
/// Loops over every key are compiled fully optimised at once: each runs once per file, too few
/// calls for tiered compilation to reach them in time.
/// Each index order is staged as two files, split at the first new term id: keys that lead with a new
/// id sort after every key already stored, so RocksDB ingests their file straight into the last level
/// and never has to compact it; only keys that lead with an older id (a shared predicate, the
/// registry graph) go to level 0 and are merged later.
/// </summary>
internal static class StagedContent
{
    /// <summary>Index orders sorted and written at once (two chains of orders for new quads).</summary>
    private static readonly ParallelOptions Parallelism = new() { MaxDegreeOfParallelism = Math.Min(RocksIndexes.Kept.Length, Environment.ProcessorCount) };

    /// <summary>Both dictionary families for new terms, which were given ids in ascending order.</summary>
    public static void WriteTerms(SstStaging staging, NewTerms terms)
    {
        if (terms.Count == 0) return;
        staging.Write(RocksQuadStore.IdToTermFamily, sink =>
        {
            Span<byte> id = stackalloc byte[8];
            for (int i = 0; i < terms.Count; i++)
            {
                System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(id, terms.Id(i));
                sink.Put(id, terms.Stored(i));
            }
        });
        var inKeyOrder = terms.InKeyOrder();
        staging.Write(RocksQuadStore.TermToIdFamily, sink =>
        {
            Span<byte> id = stackalloc byte[8];
            foreach (int i in inKeyOrder)
            {
                System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(id, terms.Id(i));
                sink.Put(terms.Key(i), id);
            }
        });
    }

    /// <summary>
    /// Every kept index order for a transaction's added and removed quads (disjoint sets), as puts and
    /// deletes; the adds come as sorted SPOG keys without repeats (<see cref="SortedUniqueKeys"/>).
    /// <paramref name="firstNewId"/> is the first id the store did not hold before.
    /// </summary>
    public static void WriteChanges(SstStaging staging, UInt128[] spogAdds, IReadOnlyCollection<EncodedQuad> removes, long firstNewId)
    {
        if (spogAdds.Length + removes.Count == 0) return;
        if (removes.Count == 0)
        {
            // Only adds (a new batch of articles): the other orders are re-packed from SPOG.
            WriteAdds(staging, spogAdds, spogAdds.Length, firstNewId);
            return;
        }
        Parallel.ForEach(RocksIndexes.Kept, Parallelism, order =>
        {
            // Each set sorted alone (radix), then merged: faster than sorting keys with a companion array of flags.
            var addKeys = spogAdds;
            if (order != IndexOrder.Spog)
            {
                addKeys = (UInt128[])spogAdds.Clone();
                Repack(IndexOrder.Spog, order, addKeys, addKeys.Length);
                PackedKeySort.Sort(addKeys);
            }
            var removeKeys = SortedKeys(order, removes);
            var keys = new UInt128[addKeys.Length + removeKeys.Length];
            var added = new bool[keys.Length];
            Merge(addKeys, removeKeys, keys, added);
            WriteIndex(staging, order, keys, keys.Length, added, firstNewId);
        });
    }

    /// <summary>The quads' keys in one order, sorted, each once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static UInt128[] SortedUniqueKeys(IndexOrder order, IReadOnlyCollection<EncodedQuad> quads)
    {
        var keys = SortedKeys(order, quads);
        int unique = 0;
        for (int i = 0; i < keys.Length; i++)
            if (unique == 0 || keys[i] != keys[unique - 1]) keys[unique++] = keys[i];
        return unique == keys.Length ? keys : keys[..unique];
    }

    /// <summary>The quads' keys in one order, sorted. Several threads may read the same quads at once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static UInt128[] SortedKeys(IndexOrder order, IReadOnlyCollection<EncodedQuad> quads)
    {
        var keys = new UInt128[quads.Count];
        int i = 0;
        foreach (var quad in quads) keys[i++] = QuadKeys.Pack(order, quad);
        PackedKeySort.Sort(keys);
        return keys;
    }

    /// <summary>Two sorted, disjoint key sets as one sorted sequence, each key flagged with the set it came from.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Merge(UInt128[] addKeys, UInt128[] removeKeys, UInt128[] keys, bool[] added)
    {
        int a = 0, r = 0;
        for (int k = 0; k < keys.Length; k++)
        {
            bool takeAdd = r == removeKeys.Length || (a < addKeys.Length && addKeys[a] < removeKeys[r]);
            keys[k] = takeAdd ? addKeys[a++] : removeKeys[r++];
            added[k] = takeAdd;
        }
    }

    /// <summary>
    /// Every kept index order for new quads, given as sorted SPOG keys without repeats: SPOG is written
    /// as it is; each other order is re-packed from an order already sorted and sorted on its leading
    /// ids alone (<see cref="PackedKeySort.SortByLeadingIds"/>): GSPO and POSG from SPOG, then GPOS
    /// from POSG. <paramref name="firstNewId"/> is the first id that neither the store nor an earlier
    /// staged batch holds.
    /// </summary>
    public static void WriteAdds(SstStaging staging, UInt128[] spogKeys, int count, long firstNewId)
    {
        Parallel.Invoke(Parallelism,
            () =>
            {
                WriteIndex(staging, IndexOrder.Spog, spogKeys, count, added: null, firstNewId);
                WriteDerived(staging, spogKeys, count, firstNewId, (IndexOrder.Spog, IndexOrder.Gspo, 1));
            },
            () => WriteDerived(staging, spogKeys, count, firstNewId, (IndexOrder.Spog, IndexOrder.Posg, 2), (IndexOrder.Posg, IndexOrder.Gpos, 1)));
    }

    /// <summary>
    /// Writes a chain of orders, each re-packed in place from the one before it (the first from the
    /// sorted SPOG keys) and sorted on the ids it leads with that its source did not lead with.
    /// </summary>
    private static void WriteDerived(SstStaging staging, UInt128[] spogKeys, int count, long firstNewId,
        params (IndexOrder From, IndexOrder To, int LeadingIds)[] steps)
    {
        // Pooled: a load stages many batches, and fresh arrays this large would each cost a full collection.
        var keys = System.Buffers.ArrayPool<UInt128>.Shared.Rent(count);
        try
        {
            Array.Copy(spogKeys, keys, count);
            foreach (var (from, to, leadingIds) in steps)
            {
                Repack(from, to, keys, count);
                PackedKeySort.SortByLeadingIds(keys.AsSpan(0, count), leadingIds);
                WriteIndex(staging, to, keys, count, added: null, firstNewId);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<UInt128>.Shared.Return(keys);
        }
    }

    /// <summary>
    /// One index order's files from sorted keys, split where the leading id reaches <paramref name="firstNewId"/>;
    /// where <paramref name="added"/> says false, a deletion.
    /// </summary>
    private static void WriteIndex(SstStaging staging, IndexOrder order, UInt128[] keys, int count, bool[]? added, long firstNewId)
    {
        int split = Array.BinarySearch(keys, 0, count, (UInt128)(ulong)firstNewId << 96);
        if (split < 0) split = ~split;   // the first key at or above the boundary
        staging.Write(order.Name(), sink => AddKeys(sink, keys, 0, split, added));
        staging.Write(order.Name(), sink => AddKeys(sink, keys, split, count, added));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddKeys(SstSink sink, UInt128[] keys, int from, int to, bool[]? added)
    {
        Span<byte> key = stackalloc byte[QuadKeys.Length];
        for (int i = from; i < to; i++)
        {
            QuadKeys.WritePacked(keys[i], key);
            if (added is null || added[i]) sink.Put(key, []);
            else sink.Delete(key);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Repack(IndexOrder from, IndexOrder to, UInt128[] keys, int count)
    {
        var map = QuadKeys.RepackMap(from, to);
        for (int i = 0; i < count; i++) keys[i] = QuadKeys.Repack(keys[i], map);
    }
}
