using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Store.Memory;

/// <summary>
/// The committed terms of an in-memory store: term to id and id to term. Append-only; entries are
/// never moved once published, so readers decode ids without locking. Ids start at
/// <see cref="TermIds.FirstTermId"/>.
/// </summary>
internal sealed class TermDictionary
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly Dictionary<Term, int> _ids = new();
    private readonly Lock _idsLock = new();
    private Term[][] _chunks = [];
    private int _count;

    /// <summary>How many terms are published.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The id the next appended term gets.</summary>
    public long NextId => TermIds.FirstTermId + Count;

    public bool TryGetId(Term term, out int id)
    {
        lock (_idsLock) return _ids.TryGetValue(term, out id);
    }

    /// <summary>The term of a published id (callers check that the id is below their visible limit).</summary>
    public Term Get(int id)
    {
        int index = id - (int)TermIds.FirstTermId;
        var chunks = Volatile.Read(ref _chunks);
        return chunks[index >> ChunkBits][index & (ChunkSize - 1)];
    }

    /// <summary>Publishes new terms, which take the next ids in order. Only the store's single writer calls this.</summary>
    public void Append(IReadOnlyList<Term> terms)
    {
        if (terms.Count == 0) return;
        int count = _count;
        int needed = count + terms.Count;
        int chunksNeeded = (needed + ChunkSize - 1) >> ChunkBits;
        if (chunksNeeded > _chunks.Length)
        {
            var grown = new Term[chunksNeeded][];
            Array.Copy(_chunks, grown, _chunks.Length);
            for (int c = _chunks.Length; c < chunksNeeded; c++) grown[c] = new Term[ChunkSize];
            Volatile.Write(ref _chunks, grown);
        }
        var chunks = _chunks;
        for (int i = 0; i < terms.Count; i++)
        {
            int index = count + i;
            chunks[index >> ChunkBits][index & (ChunkSize - 1)] = terms[i];
        }
        lock (_idsLock)
        {
            _ids.EnsureCapacity(needed);
            for (int i = 0; i < terms.Count; i++) _ids.Add(terms[i], (int)TermIds.FirstTermId + count + i);
        }
        Volatile.Write(ref _count, needed);
    }
}
