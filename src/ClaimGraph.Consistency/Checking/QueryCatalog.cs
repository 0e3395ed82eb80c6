using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.Checking;

/// <summary>A query of queries/: its file name and text.</summary>
public sealed record NamedQuery(string Name, string Text)
{
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)));

    public QueryUse Use => new(Name, Sha256);
}

/// <summary>
/// The queries of the repository's queries/ folder, compiled into this assembly so the consistency
/// check runs from anywhere. The .rq files stay the single source: edit them, not C#.
/// </summary>
public static class QueryCatalog
{
    public const string Series = "series.rq";
    public const string SeriesMetrics = "series-metrics.rq";
    public const string Conflicts = "conflicts.rq";
    public const string PossibleConflicts = "possible-conflicts.rq";
    public const string PeriodTotals = "period-totals.rq";
    public const string ImpliedRates = "implied-rates.rq";
    public const string Stale = "stale.rq";
    public const string RepeatedFigures = "repeated-figures.rq";
    public const string MetricVocabulary = "metric-vocabulary.rq";

    private static readonly Lazy<IReadOnlyDictionary<string, NamedQuery>> All = new(Load);

    /// <summary>Every embedded query, by file name.</summary>
    public static IReadOnlyDictionary<string, NamedQuery> Queries => All.Value;

    public static NamedQuery Get(string name) =>
        All.Value.TryGetValue(name, out var query) ? query : throw new KeyNotFoundException($"no query {name} in queries/");

    private static IReadOnlyDictionary<string, NamedQuery> Load()
    {
        var assembly = typeof(QueryCatalog).Assembly;
        var queries = new SortedDictionary<string, NamedQuery>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("queries/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var name = resource["queries/".Length..];
            queries[name] = new NamedQuery(name, reader.ReadToEnd());
        }
        return queries;
    }
}
