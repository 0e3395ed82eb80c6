namespace ClaimGraph.Consistency.Model;

/// <summary>A query a report was built with: its file name in queries/ and the SHA-256 of its text.</summary>
public sealed record QueryUse(string Name, string Sha256);

/// <summary>What a report was built from, so that it can be reproduced: the store's version and the queries.</summary>
public sealed record ReportProvenance(long StoreVersion, DateTimeOffset GeneratedAt, IReadOnlyList<QueryUse> Queries);
