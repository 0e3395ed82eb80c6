namespace ClaimGraph.Bench.Generation;

/// <summary>
/// A small seeded pseudo-random generator (SplitMix64). Our own rather than System.Random so that
/// the generated corpora stay byte-identical across .NET versions.
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>An integer in [0, maxExclusive).</summary>
    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>An integer in [min, maxExclusive).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    /// <summary>A double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A generator for a sub-stream, so that one part's draws do not shift another's.</summary>
    public static SplitMix64 For(ulong seed, ulong stream) => new(seed * 0x100000001B3UL ^ (stream + 0x9E3779B97F4A7C15UL));
}
