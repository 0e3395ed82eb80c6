using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Store.Rocks;

/// <summary>
/// The terms a write gives new ids, held as their dictionary keys (<see cref="TermCodec.Key"/>) end to
/// end in large byte chunks, with an open-addressing hash index over them, rather than as Term objects
/// in a Dictionary. A group of ingested articles mints some 200k terms that live until its commit: as
/// objects they were carried through every generation of the collector before dying, and brought on
/// most of an ingest's full collections. As bytes they are a few arrays, kept by the store for its
/// next write (<see cref="RocksQuadStore.RentTermTable"/>), and a commit writes them without encoding
/// them again. Ids are consecutive from <see cref="FirstId"/> in the order terms are added.
/// One thread adds; a <see cref="Since"/> view may be read on another meanwhile.
/// </summary>
internal sealed class NewTermTable
{
    private const int ChunkBytes = 1 << 20;

    private readonly List<byte[]> _chunks = [];
    private int _chunk = -1;       // the chunk being filled
    private int _chunkUsed;
    private Entry[] _entries = new Entry[1 << 12];
    // Per slot, the key's hash in the high half and its entry index + 1 in the low half (0: empty), so
    // that a probe reads no entry and no key unless the hashes agree; a power of two, at most half full.
    private long[] _slots = new long[1 << 13];
    private Dictionary<int, byte[]>? _storedApart;   // id-to-term bytes where they differ from the key: a language tag not in lower case
    private byte[] _scratch = new byte[256];
    private long _maxId;

    /// <summary>Where a term's key lies: in which chunk, from where, how long.</summary>
    internal readonly record struct Entry(int Chunk, int Offset, int Length);

    public long FirstId { get; private set; }

    public int Count { get; private set; }

    public long NextId => FirstId + Count;

    /// <summary>Empties the table (keeping its arrays) for a write whose new ids start at <paramref name="firstId"/> and may not pass <paramref name="maxId"/>.</summary>
    public void Reset(long firstId, long maxId)
    {
        if (Count > 0) Array.Clear(_slots);
        _chunks.RemoveAll(chunk => chunk.Length != ChunkBytes);   // a chunk made for one outsized key is not kept
        (FirstId, _maxId, Count, _chunk, _chunkUsed, _storedApart) = (firstId, maxId, 0, -1, 0, null);
    }

    public bool TryGetId(Term term, out long id)
    {
        var key = KeyOf(term);
        int found = EntryAt(FindSlot(key, Hash(key)));
        id = found < 0 ? 0 : FirstId + found;
        return found >= 0;
    }

    /// <summary>The term's id, the next one if the table does not hold it yet.</summary>
    public long GetOrAdd(Term term)
    {
        var key = KeyOf(term);
        int hash = Hash(key);
        int slot = FindSlot(key, hash);
        if (_slots[slot] != 0) return FirstId + EntryAt(slot);
        if (NextId > _maxId) throw RocksQuadStore.TooManyTerms();

        int index = Count++;
        if (index == _entries.Length) Array.Resize(ref _entries, 2 * _entries.Length);
        var (chunk, offset) = Place(key);
        _entries[index] = new Entry(chunk, offset, key.Length);
        if (term is Literal { Language: { } language } && !language.Equals(language.ToLowerInvariant(), StringComparison.Ordinal))
            (_storedApart ??= new())[index] = TermCodec.Encode(term);
        _slots[slot] = Slot(hash, index);
        if (2 * Count > _slots.Length) GrowIndex();
        return FirstId + index;
    }

    public Term GetTerm(long id)
    {
        int index = (int)(id - FirstId);
        if (_storedApart is not null && _storedApart.TryGetValue(index, out var stored)) return TermCodec.Decode(stored);
        ref readonly var entry = ref _entries[index];
        return TermCodec.Decode(_chunks[entry.Chunk].AsSpan(entry.Offset, entry.Length));
    }

    /// <summary>The terms added so far from the <paramref name="from"/>-th on, as they are now: terms added later do not change the view.</summary>
    public NewTerms Since(int from) => new(FirstId + from, from, Count - from, _entries, _chunks.ToArray(), _storedApart is null ? null : new(_storedApart));

    /// <summary>The key of the term, written into the scratch buffer.</summary>
    private ReadOnlySpan<byte> KeyOf(Term term)
    {
        int max = TermCodec.MaxLength(term);
        if (max > _scratch.Length) _scratch = new byte[Math.Max(max, 2 * _scratch.Length)];
        return _scratch.AsSpan(0, TermCodec.WriteKey(term, _scratch));
    }

    private static int Hash(ReadOnlySpan<byte> key)
    {
        var hash = new HashCode();
        hash.AddBytes(key);
        return hash.ToHashCode();
    }

    /// <summary>The slot that holds the key, or the empty slot where it would go.</summary>
    private int FindSlot(ReadOnlySpan<byte> key, int hash)
    {
        int mask = _slots.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            long value = _slots[slot];
            if (value == 0) return slot;
            if ((int)(value >> 32) != hash) continue;
            ref readonly var entry = ref _entries[EntryAt(slot)];
            if (_chunks[entry.Chunk].AsSpan(entry.Offset, entry.Length).SequenceEqual(key)) return slot;
        }
    }

    /// <summary>Copies a key into the chunk being filled (or a fresh one); returns where it went.</summary>
    private (int Chunk, int Offset) Place(ReadOnlySpan<byte> key)
    {
        if (_chunk < 0 || _chunkUsed + key.Length > _chunks[_chunk].Length)
        {
            _chunk++;
            var fresh = key.Length > ChunkBytes ? new byte[key.Length] : _chunk < _chunks.Count ? _chunks[_chunk] : new byte[ChunkBytes];
            if (_chunk < _chunks.Count) _chunks[_chunk] = fresh; else _chunks.Add(fresh);
            _chunkUsed = 0;
        }
        int offset = _chunkUsed;
        key.CopyTo(_chunks[_chunk].AsSpan(offset));
        _chunkUsed += key.Length;
        return (_chunk, offset);
    }

    private void GrowIndex()
    {
        var old = _slots;
        _slots = new long[2 * old.Length];
        int mask = _slots.Length - 1;
        foreach (long value in old)
        {
            if (value == 0) continue;
            int slot = (int)(value >> 32) & mask;
            while (_slots[slot] != 0) slot = (slot + 1) & mask;
            _slots[slot] = value;
        }
    }

    private static long Slot(int hash, int index) => (long)hash << 32 | (uint)(index + 1);

    /// <summary>The entry index a slot holds, -1 when it is empty.</summary>
    private int EntryAt(int slot) => (int)(uint)_slots[slot] - 1;
}

/// <summary>
/// New terms as a commit writes them: their ids, keys (term to id) and stored bytes (id to term).
/// A view of a table at one moment, safe to read while the table grows: entries and chunks, once
/// written, never change, and the arrays it holds are never written over.
/// </summary>
internal sealed class NewTerms(long firstId, int firstEntry, int count, NewTermTable.Entry[] entries, byte[][] chunks, Dictionary<int, byte[]>? storedApart)
{
    public int Count => count;

    public long Id(int i) => firstId + i;

    public ReadOnlySpan<byte> Key(int i)
    {
        ref readonly var entry = ref entries[firstEntry + i];
        return chunks[entry.Chunk].AsSpan(entry.Offset, entry.Length);
    }

    public ReadOnlySpan<byte> Stored(int i) => storedApart is not null && storedApart.TryGetValue(firstEntry + i, out var stored) ? stored : Key(i);

    /// <summary>
    /// The terms' places in ascending order of their keys (the order of the term-to-id family). A plain
    /// comparison sort: radix sorts that read the prefix an article's IRIs share (52 bytes) once
    /// rather than per comparison were measured and were no faster (2% of an ingest's CPU either way).
    /// </summary>
    public int[] InKeyOrder()
    {
        var order = new int[count];
        for (int i = 0; i < count; i++) order[i] = i;
        Array.Sort(order, (a, b) => Key(a).SequenceCompareTo(Key(b)));
        return order;
    }
}
