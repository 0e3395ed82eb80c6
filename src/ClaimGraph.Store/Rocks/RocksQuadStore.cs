using System.Collections.Immutable;
using System.Text;
using RocksDbSharp;

namespace ClaimGraph.Store.Rocks;

/// <summary>
/// The durable <see cref="IQuadStore"/>, in one RocksDB folder. Column families: id to term, term to
/// id, one per kept index order (<see cref="RocksIndexes"/>; 16-byte big-endian keys, empty values),
/// and metadata (format, version, next id, counts). A transaction is one atomic WriteBatch with the
/// write-ahead log on, so a process killed mid-write leaves the store as it was. Readers read at a
/// RocksDB snapshot.
/// </summary>
public sealed class RocksQuadStore : IQuadStore
{
    /// <summary>
    /// The on-disk layout this code reads and writes. Format 3: four index orders (format 2 had six,
    /// and is upgraded in place when opened by dropping the other two); 4-byte ids in index keys (format 1 had 8).
    /// </summary>
    public const long FormatVersion = 3;

    /// <summary>The oldest format this code opens (and upgrades).</summary>
    private const long OldestReadableFormat = 2;

    internal const string IdToTermFamily = "id2term", TermToIdFamily = "term2id", MetaFamily = "meta";

    /// <summary>
    /// The largest term id: index keys hold each id in 4 bytes. Four billion terms is
    /// far beyond what one machine's store holds here; a write that would pass it fails with a <see cref="StoreException"/>.
    /// </summary>
    public const long MaxTermId = uint.MaxValue;

    /// <summary>Transactions with at least this many changes are written as SST files rather than one batch.</summary>
    public const int DefaultBulkThreshold = 50_000;
    private static readonly byte[] FormatKey = "format"u8.ToArray(), VersionKey = "version"u8.ToArray(),
        NextIdKey = "next-id"u8.ToArray(), QuadsKey = "quads"u8.ToArray();
    private const byte PredicateCountTag = (byte)'p', GraphCountTag = (byte)'g';

    private readonly Lock _publish = new();
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly WriteOptions _writeOptions = new();
    private readonly ReadOptions _latest = new();   // reads without a snapshot: the latest committed data
    private readonly ReadOptions _latestInTotalOrder = new ReadOptions().SetTotalOrderSeek(true);
    private StoreStatistics _statistics;
    private bool _disposed;

    private readonly Dictionary<string, ColumnFamilyOptions> _familyOptions;

    private RocksQuadStore(string directory, string dataDirectory, RocksDb db, Dictionary<string, ColumnFamilyOptions> familyOptions, StoreStatistics statistics)
    {
        Directory = directory;
        DataDirectory = dataDirectory;
        _familyOptions = familyOptions;
        Db = db;
        IdToTerm = db.GetColumnFamily(IdToTermFamily);
        TermToId = db.GetColumnFamily(TermToIdFamily);
        Meta = db.GetColumnFamily(MetaFamily);
        Orders = new ColumnFamilyHandle[IndexOrders.All.Length];
        foreach (var order in RocksIndexes.Kept) Orders[(int)order] = db.GetColumnFamily(order.Name());
        _statistics = statistics;
    }

    public string Directory { get; }

    /// <summary>The folder RocksDB writes in.</summary>
    internal string DataDirectory { get; }

    /// <summary>The options a column family was opened with (SST files written for it must match).</summary>
    internal ColumnFamilyOptions FamilyOptions(string family) => _familyOptions[family];

    /// <summary>Whether the store keeps this column family.</summary>
    internal bool HasFamily(string family) => _familyOptions.ContainsKey(family);

    internal RocksDb Db { get; }
    internal ColumnFamilyHandle IdToTerm { get; }
    internal ColumnFamilyHandle TermToId { get; }
    internal ColumnFamilyHandle Meta { get; }

    /// <summary>Index column families, by <see cref="IndexOrder"/> (null for an order not kept).</summary>
    internal ColumnFamilyHandle[] Orders { get; }

    private int BulkThreshold { get; init; }

    internal StoreStatistics Statistics => Volatile.Read(ref _statistics);

    /// <summary>
    /// Term to id for committed terms, shared by every reader: terms that every write and query repeats
    /// (predicates, classes, units, common literals) skip the RocksDB lookup. Committed ids never
    /// change, so an entry never goes stale.
    /// </summary>
    internal DirectMappedCache<Rdf.Model.Term, long> CachedTermIds { get; } = new(bits: 18);

    /// <summary>Quads in the store now.</summary>
    public long QuadCount => Statistics.Quads;

    /// <summary>Terms in the dictionary now (ids are dense).</summary>
    public long TermCount => Statistics.NextId - TermIds.FirstTermId;

    /// <summary>Named graphs with at least one quad now.</summary>
    public int NamedGraphCount => Statistics.Graphs.Keys.Count(g => g != TermIds.DefaultGraph);

    /// <summary>The committed version now.</summary>
    public long Version => Statistics.Version;

    /// <summary>Bytes of table files per column family (the dictionary both ways, each index order, metadata), largest first.</summary>
    public IReadOnlyList<(string Family, long Bytes)> DiskUsage() =>
        _familyOptions.Keys
            .Select(family => (family, long.Parse(Db.GetProperty("rocksdb.total-sst-files-size", Db.GetColumnFamily(family)) ?? "0", System.Globalization.CultureInfo.InvariantCulture)))
            .OrderByDescending(usage => usage.Item2)
            .ToList();

    /// <summary>The sub-folder of a store folder that holds the RocksDB files (others, e.g. the search index, sit beside it).</summary>
    public const string DataFolderName = "quads";

    /// <summary>Opens the store in a folder, creating it when absent.</summary>
    /// <param name="bulkThreshold">Commits with at least this many new terms and changed quads go through SST files.</param>
    public static RocksQuadStore Open(string directory, int bulkThreshold = DefaultBulkThreshold)
    {
        var full = Path.GetFullPath(directory);
        if (File.Exists(full)) throw new StoreException($"store {directory} is a file, not a folder");
        var data = Path.Combine(full, DataFolderName);
        if (File.Exists(data) || (System.IO.Directory.Exists(data) && !File.Exists(Path.Combine(data, "CURRENT"))
            && System.IO.Directory.EnumerateFileSystemEntries(data).Any()))
            throw new StoreException($"{directory} is not a ClaimGraph store ({data} holds other files)");
        try
        {
            System.IO.Directory.CreateDirectory(data);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"cannot create store {directory}: {e.Message}", e);
        }

        var options = new DbOptions()
            .SetCreateIfMissing(true)
            .SetCreateMissingColumnFamilies(true)
            .IncreaseParallelism(Math.Max(2, Environment.ProcessorCount))
            .SetMaxBackgroundCompactions(2);
        var familyOptions = new Dictionary<string, ColumnFamilyOptions>
        {
            [IdToTermFamily] = CreateFamilyOptions(bloomBitsPerKey: 10, compactAfter: 4),
            [TermToIdFamily] = CreateFamilyOptions(bloomBitsPerKey: 16, compactAfter: 8, prefixFilterBytes: TermPrefixFilterBytes),
            [MetaFamily] = CreateFamilyOptions(bloomBitsPerKey: 0, compactAfter: 4),
        };
        foreach (var order in RocksIndexes.Kept)
            familyOptions[order.Name()] = CreateFamilyOptions(bloomBitsPerKey: order == IndexOrder.Spog ? 10 : 0, compactAfter: 16, blockBytes: 16 << 10);
        var families = new ColumnFamilies();
        foreach (var (name, familyOption) in familyOptions) families.Add(name, familyOption);
        // RocksDB opens a folder only with every column family it holds: a format 2 store's other orders too, to drop them.
        var dropped = ExistingFamilies(options, data).Intersect(RocksIndexes.Dropped.Select(order => order.Name())).ToList();
        foreach (var name in dropped) families.Add(name, CreateFamilyOptions(bloomBitsPerKey: 0, compactAfter: 16));

        RocksDb db;
        try
        {
            db = RocksDb.Open(options, data, families);
        }
        catch (RocksDbException e) when (e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreException($"store {directory} is in use by another process", e);
        }
        catch (RocksDbException e)
        {
            throw new StoreException($"cannot open store {directory}: {e.Message}", e);
        }

        try
        {
            PutOffSequenceNumberRewrites(db, familyOptions.Keys);
            var statistics = ReadStatistics(db, db.GetColumnFamily(MetaFamily), directory);
            foreach (var name in dropped) db.DropColumnFamily(name);   // after the format check: only a readable store is changed
            var store = new RocksQuadStore(directory, data, db, familyOptions, statistics) { BulkThreshold = bulkThreshold };
            if (SstStaging.Recover(store))
                store._statistics = ReadStatistics(db, store.Meta, directory);   // the recovered bulk commit changed them
            return store;
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A staged file that RocksDB ingests straight into the last level keeps the sequence number of its
    /// commit, and RocksDB would soon rewrite the whole file only to set that number to zero (which
    /// helps compression; these families are not compressed). In a 10k-article ingest those rewrites
    /// took 8.5 s of CPU, more than all real compaction, so they are put off for a year. The C API
    /// cannot set this before opening, so it is set once open.
    /// </summary>
    private static void PutOffSequenceNumberRewrites(RocksDb db, IEnumerable<string> families)
    {
        const string oneYearInSeconds = "31536000";
        foreach (var family in families)
            Native.Instance.rocksdb_set_options_cf(db.Handle, db.GetColumnFamily(family).Handle, 1, ["bottommost_file_compaction_delay"], [oneYearInSeconds]);
    }

    /// <param name="bloomBitsPerKey">
    /// Bits per key of each table file's Bloom filter (0: none), for families read one key at a time.
    /// Term to id has 16 rather than 10: nearly every term an ingest looks up is new (at 10k articles,
    /// 154 asked per article, 3.6 found), and each is checked against every level-0 file and level;
    /// at 10 bits one check in a hundred passed falsely and read a block. At 100k articles 16 bits took
    /// the dictionary lookups (RocksDB's MultiGet) from 9.6 to 7.5 s of CPU.
    /// </param>
    /// <param name="compactAfter">
    /// Level-0 files that start a compaction. Every commit of a large transaction ingests a file per
    /// family into level 0, and each level-0 compaction rewrites the family's whole last level: the
    /// index families wait for sixteen files rather than RocksDB's four (ingest of 100k articles:
    /// their compaction 69 s of CPU at four, 46 at eight, 32 at sixteen; the ingest 91.7 to 86.9 s at
    /// sixteen, no faster at twenty-four; a report over the 100k articles as fast at sixteen as at
    /// eight). Term to id waits for eight: every new term is looked up in each level-0 file's filter,
    /// but with 16-bit filters an extra file costs less lookup time than the compaction it saves (100k
    /// articles: its compaction 11.3 to 6.6 s of CPU, its lookups 0.8 s more; at 10-bit filters eight
    /// had cost more than they saved; sixteen: compaction 5.2 s, lookups 2.9 s more than at eight). Id to term keeps four: its keys are ascending ids, whose files
    /// are moved down whole, never merged.
    /// </param>
    /// <param name="blockBytes">
    /// The size of a table block. The index families are read in ranges and written a key at a time
    /// in bulk: 16 KiB blocks rather than RocksDB's 4 KiB took 2.5% off an ingest of 100k articles
    /// (fewer blocks to finish and index). The dictionary is read one term at a time and keeps 4 KiB.
    /// </param>
    /// <param name="prefixFilterBytes">
    /// When above 0, each file's filter also holds the first this many bytes of every key as long, so
    /// that a seek for a key prefix at least that long skips the files without it (see <see cref="HoldsIriUnder"/>).
    /// </param>
    private static ColumnFamilyOptions CreateFamilyOptions(int bloomBitsPerKey, int compactAfter, ulong blockBytes = 4 << 10, int prefixFilterBytes = 0)
    {
        var table = new BlockBasedTableOptions().SetBlockCache(SharedCache).SetBlockSize(blockBytes);
        if (bloomBitsPerKey > 0) table.SetFilterPolicy(BloomFilterPolicy.Create(bloomBitsPerKey, false)).SetWholeKeyFiltering(true);
        var options = new ColumnFamilyOptions()
            .SetLevel0FileNumCompactionTrigger(compactAfter)
            .SetBlockBasedTableFactory(table)
            .SetWriteBufferSize(64UL << 20)
            .SetCompression(Compression.No);   // keys are delta-encoded in blocks already; compressing costs more load time than it saves
        if (prefixFilterBytes > 0) options.SetPrefixExtractor(SliceTransform.CreateFixedPrefix((ulong)prefixFilterBytes));
        return options;
    }

    private static readonly Cache SharedCache = Cache.CreateLru(256UL << 20);

    /// <summary>The column families of the RocksDB database in a folder; none when it holds no database yet.</summary>
    private static IEnumerable<string> ExistingFamilies(DbOptions options, string data)
    {
        if (!File.Exists(Path.Combine(data, "CURRENT"))) return [];
        return RocksDb.ListColumnFamilies(options, data);
    }

    private static StoreStatistics ReadStatistics(RocksDb db, ColumnFamilyHandle meta, string directory)
    {
        var format = db.Get(FormatKey, meta);
        if (format is null)
        {
            db.Put(FormatKey, QuadKeys.Id(FormatVersion), meta);
            return StoreStatistics.Empty;
        }
        long version = QuadKeys.ReadId(format);
        if (version > FormatVersion)
            throw new StoreException($"store {directory} was written by a newer ClaimGraph (format {version}; this one reads {FormatVersion})");
        if (version < OldestReadableFormat)
            throw new StoreException($"store {directory} was written by an earlier ClaimGraph (format {version}; this one reads formats {OldestReadableFormat} " +
                                     $"and {FormatVersion}, whose index keys are half the size): ingest or load the data again into a new folder");
        // Format 2 differs only in two more index orders, which the caller drops: the rest is read as it is.
        if (version < FormatVersion) db.Put(FormatKey, QuadKeys.Id(FormatVersion), meta);

        var predicates = ImmutableDictionary.CreateBuilder<long, long>();
        var graphs = ImmutableDictionary.CreateBuilder<long, long>();
        using (var iterator = db.NewIterator(meta))
        {
            for (iterator.SeekToFirst(); iterator.Valid(); iterator.Next())
            {
                var key = iterator.GetKeySpan();
                if (key.Length != 9) continue;
                long count = QuadKeys.ReadId(iterator.GetValueSpan());
                if (key[0] == PredicateCountTag) predicates[QuadKeys.ReadId(key[1..])] = count;
                else if (key[0] == GraphCountTag) graphs[QuadKeys.ReadId(key[1..])] = count;
            }
        }
        return new StoreStatistics(
            ReadLong(db, meta, VersionKey, 0),
            ReadLong(db, meta, NextIdKey, TermIds.FirstTermId),
            ReadLong(db, meta, QuadsKey, 0),
            predicates.ToImmutable(),
            graphs.ToImmutable());
    }

    private static long ReadLong(RocksDb db, ColumnFamilyHandle meta, byte[] key, long absent) =>
        db.Get(key, meta) is { } bytes ? QuadKeys.ReadId(bytes) : absent;

    public IStoreSnapshot OpenSnapshot()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_publish)
        {
            var statistics = Statistics;
            return new RocksSnapshot(this, Db.CreateSnapshot(), statistics.NextId, statistics);
        }
    }

    /// <summary>
    /// As <see cref="IQuadStore.LookUpTerms"/>: the terms under <paramref name="mintedUnder"/> are left
    /// out when one seek finds no IRI under it (an ingest's article-scoped IRIs, most of the terms an
    /// article asks for, are new unless the article was stored before).
    /// </summary>
    public long LookUpTerms(IReadOnlyList<Rdf.Model.Term> terms, Span<long> ids, string? mintedUnder = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        // The version first: whatever a commit publishes after it, a term absent below was absent then.
        // Reading without a snapshot may see the terms of a commit being ingested; they are committed
        // already (SstStaging rolls forward), so their ids are good.
        long version = Statistics.Version;
        bool noneMinted = mintedUnder is not null && !HoldsIriUnder(mintedUnder);
        var asked = new List<int>();
        int keyBytes = 0;
        for (int i = 0; i < terms.Count; i++)
        {
            if (noneMinted && terms[i] is Rdf.Model.Iri iri && iri.Value.StartsWith(mintedUnder!, StringComparison.Ordinal)) ids[i] = 0;
            else if (CachedTermIds.TryGet(terms[i], out long id)) ids[i] = id;
            else
            {
                asked.Add(i);
                keyBytes += TermCodec.MaxLength(terms[i]);
            }
        }
        var keys = System.Buffers.ArrayPool<byte>.Shared.Rent(keyBytes);
        try
        {
            var keyEnds = new int[asked.Count];
            for (int k = 0, at = 0; k < asked.Count; k++)
                keyEnds[k] = at += TermCodec.WriteKey(terms[asked[k]], keys.AsSpan(at));
            var found = new long[asked.Count];
            BatchedGet.Numbers(Db, TermToId, _latest, keys, keyEnds, found);
            for (int k = 0; k < asked.Count; k++)
            {
                ids[asked[k]] = found[k];
                if (found[k] != 0) CachedTermIds.Set(terms[asked[k]], found[k]);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(keys);
        }
        return version;
    }

    /// <summary>
    /// Term to id's filters also hold the first 44 bytes of every key: an ingested article's IRIs start
    /// with the article's (52 bytes as a key, the first 44 of them distinct for each article), so the
    /// seek that asks whether any of them is stored skips every file that holds none, where without the
    /// filter it read a block of every level-0 file and level (a seek took as long as 60 lookups).
    /// </summary>
    private const int TermPrefixFilterBytes = 44;

    /// <summary>
    /// True when the dictionary as last committed holds an IRI that starts with <paramref name="prefix"/>.
    /// A prefix at least <see cref="TermPrefixFilterBytes"/> long as a key is sought in prefix mode
    /// (RocksDB may then skip keys of other prefixes, which is all the answer needs); a shorter one in
    /// total order, as the filters cannot answer for it.
    /// </summary>
    private bool HoldsIriUnder(string prefix)
    {
        var key = TermCodec.IriPrefixKey(prefix);
        using var iterator = Db.NewIterator(TermToId, key.Length >= TermPrefixFilterBytes ? _latest : _latestInTotalOrder);
        iterator.Seek(key);
        return iterator.Valid() && iterator.GetKeySpan().StartsWith(key);
    }

    /// <summary>Waits until no other transaction is open, then starts one.</summary>
    public IStoreTransaction BeginTransaction()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Wait();
        try
        {
            lock (_publish)
            {
                var statistics = Statistics;
                return new RocksTransaction(this, Db.CreateSnapshot(), statistics.NextId, statistics);
            }
        }
        catch
        {
            _writer.Release();
            throw;
        }
    }

    /// <summary>Waits until no other writer is open, then starts a bulk load.</summary>
    public IBulkLoad BeginBulkLoad(int batchQuads = BulkLoadDefaults.BatchQuads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchQuads, 1);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Wait();
        try
        {
            lock (_publish) return new RocksBulkLoad(this, Db.CreateSnapshot(), Statistics, batchQuads);
        }
        catch
        {
            _writer.Release();
            throw;
        }
    }

    /// <summary>
    /// Writes a transaction atomically (one batch, or SST files for a large one), then publishes its
    /// statistics. A write that RocksDB or the file system refuses (a full disk) is a
    /// <see cref="StoreException"/> naming the store.
    /// </summary>
    /// <param name="addsWithRepeats">The added quads; one may come more than once (sorting drops the repeats).</param>
    internal void Commit(NewTerms newTerms, IReadOnlyCollection<EncodedQuad> addsWithRepeats,
        IReadOnlyCollection<EncodedQuad> removes, long nextId)
        => Writing(() => Write(newTerms, addsWithRepeats, removes, nextId));

    /// <summary>Runs a write of this store (a commit, a bulk load's staging): a write that RocksDB or the file system refuses becomes a <see cref="StoreException"/> naming the store.</summary>
    internal void Writing(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (WriteFailure(e) is { } failure)
        {
            throw new StoreException($"cannot write store {Directory}: {failure.Message}", e);
        }
    }

    /// <summary>The refused write behind an exception (index files are written on several threads, so it may come wrapped), or null.</summary>
    private static Exception? WriteFailure(Exception e) => e switch
    {
        RocksDbException or IOException => e,
        AggregateException aggregate => aggregate.InnerExceptions.Select(WriteFailure).FirstOrDefault(inner => inner is not null),
        _ => null,
    };

    private void Write(NewTerms newTerms, IReadOnlyCollection<EncodedQuad> addsWithRepeats,
        IReadOnlyCollection<EncodedQuad> removes, long nextId)
    {
        if (newTerms.Count == 0 && addsWithRepeats.Count == 0 && removes.Count == 0) return;   // nothing to write, no new version
        var current = Statistics;
        var addKeys = StagedContent.SortedUniqueKeys(IndexOrder.Spog, addsWithRepeats);
        var adds = new PackedQuads(IndexOrder.Spog, addKeys);
        if (newTerms.Count + adds.Count + removes.Count >= BulkThreshold)
        {
            using var staging = new SstStaging(this);
            // The dictionary files and the statistics are made beside the index files: each alone would leave a core idle.
            var terms = Task.Run(() => StagedContent.WriteTerms(staging, newTerms));
            var counting = Task.Run(() => (Next: current.Apply(adds, removes, nextId, out var p, out var g), Predicates: p, Graphs: g));
            StagedContent.WriteChanges(staging, addKeys, removes, current.NextId);
            terms.GetAwaiter().GetResult();
            var counted = counting.GetAwaiter().GetResult();
            CommitStaged(staging, counted.Next, counted.Predicates, counted.Graphs);
            return;
        }

        var next = current.Apply(adds, removes, nextId, out var predicates, out var graphs);

        using var batch = new WriteBatch();
        // Keys go in sorted per family: RocksDB's memtable inserts a run of ascending keys much faster.
        for (int i = 0; i < newTerms.Count; i++) batch.Put(QuadKeys.Id(newTerms.Id(i)), newTerms.Stored(i), IdToTerm);
        foreach (int i in newTerms.InKeyOrder()) batch.Put(newTerms.Key(i), QuadKeys.Id(newTerms.Id(i)), TermToId);
        PutSorted(batch, adds, added: true);
        PutSorted(batch, removes, added: false);
        PutMetadata(batch, next, predicates, graphs);
        lock (_publish)
        {
            Db.Write(batch, _writeOptions);
            Volatile.Write(ref _statistics, next);
        }
    }

    /// <summary>The index keys of these quads, each order's in ascending order: puts, or deletes.</summary>
    private void PutSorted(WriteBatch batch, IReadOnlyCollection<EncodedQuad> quads, bool added)
    {
        if (quads.Count == 0) return;
        var packed = new UInt128[quads.Count];
        Span<byte> key = stackalloc byte[QuadKeys.Length];
        foreach (var order in RocksIndexes.Kept)
        {
            int n = 0;
            foreach (var quad in quads) packed[n++] = QuadKeys.Pack(order, quad);
            PackedKeySort.Sort(packed);
            var family = Orders[(int)order];
            foreach (var k in packed)
            {
                QuadKeys.WritePacked(k, key);
                if (added) batch.Put(key, ReadOnlySpan<byte>.Empty, family);
                else batch.Delete(key, family);
            }
        }
    }

    /// <summary>Ingests staged files as one commit that moves the statistics to <paramref name="next"/>.</summary>
    internal void CommitStaged(SstStaging staging, StoreStatistics next, Dictionary<long, long> predicates, Dictionary<long, long> graphs)
    {
        using var metadata = new WriteBatch();
        PutMetadata(metadata, next, predicates, graphs);
        // Snapshots are not opened while column families are ingested one by one.
        lock (_publish) staging.Commit(metadata, () => Volatile.Write(ref _statistics, next));
    }

    private void PutMetadata(WriteBatch batch, StoreStatistics next, Dictionary<long, long> predicates, Dictionary<long, long> graphs)
    {
        foreach (var (predicate, count) in predicates) PutCount(batch, PredicateCountTag, predicate, count);
        foreach (var (graph, count) in graphs) PutCount(batch, GraphCountTag, graph, count);
        batch.Put(VersionKey, QuadKeys.Id(next.Version), Meta);
        batch.Put(NextIdKey, QuadKeys.Id(next.NextId), Meta);
        batch.Put(QuadsKey, QuadKeys.Id(next.Quads), Meta);
    }

    private void PutCount(WriteBatch batch, byte tag, long id, long count)
    {
        var key = new byte[9];
        key[0] = tag;
        QuadKeys.Id(id).CopyTo(key, 1);
        if (count == 0) batch.Delete(key, Meta);
        else batch.Put(key, QuadKeys.Id(count), Meta);
    }

    internal void EndTransaction() => _writer.Release();

    private NewTermTable? _spareTermTable;

    /// <summary>
    /// An empty table for the new terms of a write starting at id <paramref name="firstId"/>: the one
    /// the last write gave back, so that its arrays, which outlive collections, are made once.
    /// </summary>
    internal NewTermTable RentTermTable(long firstId)
    {
        var table = Interlocked.Exchange(ref _spareTermTable, null) ?? new NewTermTable();
        table.Reset(firstId, MaxTermId);
        return table;
    }

    /// <summary>Takes back a table once nothing reads it any more.</summary>
    internal void ReturnTermTable(NewTermTable table) => _spareTermTable = table;

    internal static StoreException TooManyTerms() =>
        new($"the store cannot hold more than {MaxTermId:N0} terms");

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Db.Dispose();
    }
}
