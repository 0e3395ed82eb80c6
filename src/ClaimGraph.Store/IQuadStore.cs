using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Store;

/// <summary>
/// A dictionary-encoded quad store. Readers work on snapshots; there is one writer at a time,
/// whose transaction is applied whole on <see cref="IStoreTransaction.Commit"/> or not at all.
/// Implementations: in memory, and durable on disk (RocksDB).
/// </summary>
public interface IQuadStore : IDisposable
{
    /// <summary>A consistent read view; writes committed after this call are not seen through it.</summary>
    IStoreSnapshot OpenSnapshot();

    /// <summary>Starts the single write transaction. Disposing it without Commit rolls it back.</summary>
    IStoreTransaction BeginTransaction();

    /// <summary>
    /// Starts a bulk load, the fast way to add many quads: it only adds, and takes the writer's place
    /// as a transaction does. A durable store sorts and stages the quads <paramref name="batchQuads"/>
    /// at a time, so memory stays bounded; nothing is visible until Commit applies every batch at once.
    /// </summary>
    IBulkLoad BeginBulkLoad(int batchQuads = BulkLoadDefaults.BatchQuads);

    /// <summary>
    /// The ids of terms in the dictionary as last committed (0 for a term it lacks), from any thread,
    /// without a snapshot and without waiting for a commit in progress. Returns the version looked
    /// at: a term not found was not in the store at that version (ids are never taken back).
    /// </summary>
    /// <param name="mintedUnder">
    /// An IRI prefix under which many of the terms were minted together (an article's sentences and
    /// claims under the article's IRI), or null. A store that can tell at once that it holds no IRI
    /// under it gives those terms 0 without looking each up.
    /// </param>
    long LookUpTerms(IReadOnlyList<Term> terms, Span<long> ids, string? mintedUnder = null);
}

public static class BulkLoadDefaults
{
    /// <summary>Quads sorted and staged at a time by a durable store's bulk load.</summary>
    public const int BatchQuads = 1_000_000;
}

/// <summary>
/// A write that only adds quads, for loading files. All or nothing: <see cref="Commit"/> applies every
/// quad at once; disposing it without Commit (or a process that dies before Commit ends) leaves the
/// store as it was.
/// </summary>
public interface IBulkLoad : IDisposable
{
    /// <summary>Adds a quad; one the store already holds, or added twice, is stored once.</summary>
    void Add(Quad quad);

    /// <summary>Applies every added quad at once; returns how many of them the store did not hold.</summary>
    long Commit();
}

/// <summary>Read access to encoded quads and the term dictionary.</summary>
public interface IQuadReader
{
    /// <summary>The id of a term, if the store has ever seen it.</summary>
    bool TryGetId(Term term, out long id);

    /// <summary>The term for an id that this store gave out.</summary>
    Term GetTerm(long id);

    /// <summary>Every quad matching the pattern, each once, in no promised order: read from the index that fits it best (one range, or for the RocksDB store sometimes one range per predicate).</summary>
    IEnumerable<EncodedQuad> Scan(QuadPattern pattern);

    /// <summary>An estimate of how many quads match the pattern, for the query optimizer. Cheap to call.</summary>
    long EstimateCount(QuadPattern pattern);

    /// <summary>The ids of the graphs that hold at least one quad, the default graph excluded.</summary>
    IEnumerable<long> NamedGraphs();
}

/// <summary>A read view of the store at one moment.</summary>
public interface IStoreSnapshot : IQuadReader, IDisposable
{
    /// <summary>A number that grows with every committed transaction.</summary>
    long Version { get; }
}

/// <summary>The write transaction. Reads through it see its own uncommitted writes.</summary>
public interface IStoreTransaction : IQuadReader, IDisposable
{
    /// <summary>The id of a term, adding it to the dictionary when it is new.</summary>
    long GetOrAddId(Term term);

    /// <summary>Adds a quad; false when it was already there.</summary>
    bool Add(Quad quad);

    /// <summary>
    /// Adds a batch of quads (see <see cref="QuadBatch"/>). Unlike <see cref="Add(Quad)"/> it does not
    /// tell which were there already: knowing would mean checking each quad as it comes, and a
    /// quad with a term new to this transaction is checked only when the transaction is next read or committed.
    /// </summary>
    void Add(QuadBatch batch);

    /// <summary>Removes a quad; false when it was not there.</summary>
    bool Remove(Quad quad);

    /// <summary>Removes every quad of one graph (null for the default graph).</summary>
    void ClearGraph(Term? graph);

    /// <summary>Applies every write of this transaction at once, durably where the backend is durable.</summary>
    void Commit();
}
