namespace ClaimGraph.Bench.Runner;

/// <summary>What one benchmark run measures, on which sizes, and where its data lives.</summary>
public sealed record BenchOptions
{
    /// <summary>Statement counts for the RDF sections (parse, load, memory, query).</summary>
    public required IReadOnlyList<long> Sizes { get; init; }

    /// <summary>Section names to run; empty runs all (micro only when named).</summary>
    public required IReadOnlySet<string> Only { get; init; }

    /// <summary>Corpus size for ingest, search and report.</summary>
    public int Articles { get; init; } = 100_000;

    public required string DataFolder { get; init; }
    public ulong Seed { get; init; } = 42;
    public bool Jena { get; init; } = true;

    /// <summary>Warm runs per query (after one cold run and two warm-ups); the median is reported.</summary>
    public int Runs { get; init; } = 5;

    /// <summary>Reports per corpus size after one load: more than one gives a quicker loop when tuning the report.</summary>
    public int ReportRuns { get; init; } = 1;

    /// <summary>A query slower than this (either engine) is stopped and reported as a timeout.</summary>
    public int QueryTimeoutSeconds { get; init; } = 20;

    /// <summary>Query file names (without .rq) the query section runs; empty runs them all.</summary>
    public IReadOnlySet<string> Queries { get; init; } = new HashSet<string>();

    /// <summary>Whether the query section also runs every query on a RocksDB store of the same data (the store `claimgraph` uses).</summary>
    public bool QueriesOnRocks { get; init; } = true;

    /// <summary>Where to also write the figures as Markdown (for bench/README.md), or null.</summary>
    public string? MarkdownOut { get; init; }

    public bool Wants(string section) => Only.Count == 0 ? section != "micro" : Only.Contains(section);
}
