using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql.Results;
using ClaimGraph.Store;

namespace ClaimGraph.Consistency.Checking;

/// <summary>
/// The rows of series.rq in its order, read some metrics at a time: series-metrics.rq lists the metrics
/// in series.rq's order, they are cut into parts, and series.rq runs on each part with its metrics as
/// VALUES. The first series reach the report once the first part is read and sorted, not once the whole
/// store is, and the next part is read on another thread while this one is assembled and written.
/// </summary>
internal sealed class SeriesRows(ISelectRunner runner, IQuadReader data, CancellationToken cancel)
{
    /// <summary>Parts the metrics are cut into: enough that the first is read soon, few enough that each query costs little beyond its rows.</summary>
    private const int Parts = 32;

    /// <summary>The line of series.rq that the VALUES of a part replace.</summary>
    private const string MetricsPlaceholder = "# (metrics)";

    public SolutionsResult Read()
    {
        var metrics = runner.Select(QueryCatalog.Get(QueryCatalog.SeriesMetrics), data, cancel).Rows
            .Select(row => row[0]).OfType<Term>().ToList();
        // VALUES cannot name a blank node: a store with such a metric is read in one go.
        if (metrics.Count == 0 || metrics.Any(m => m is BlankNode)) return runner.Select(QueryCatalog.Get(QueryCatalog.Series), data, cancel);

        var parts = metrics.Chunk((metrics.Count + Parts - 1) / Parts).Select(ForMetrics).ToList();
        var first = runner.Select(parts[0], data, cancel);
        return new SolutionsResult(first.Variables, ReadAhead(first, parts.Skip(1)));
    }

    /// <summary>
    /// Each part's rows, read on a worker while the previous part is handed on. The queries are prepared
    /// on this thread: the optimizer's store statistics are not meant to be shared between threads.
    /// </summary>
    private IEnumerable<Term?[]> ReadAhead(SolutionsResult first, IEnumerable<NamedQuery> rest)
    {
        var reading = ReadRows(first);
        foreach (var part in rest)
        {
            var next = ReadRows(runner.Select(part, data, cancel));
            foreach (var row in reading.GetAwaiter().GetResult()) yield return row;
            reading = next;
        }
        foreach (var row in reading.GetAwaiter().GetResult()) yield return row;
    }

    private Task<List<Term?[]>> ReadRows(SolutionsResult result) => Task.Run(() => result.Rows.ToList(), cancel);

    private static NamedQuery ForMetrics(Term[] metrics)
    {
        var series = QueryCatalog.Get(QueryCatalog.Series);
        if (!series.Text.Contains(MetricsPlaceholder, StringComparison.Ordinal))
            throw new InvalidOperationException($"queries/{series.Name} has no \"{MetricsPlaceholder}\" line for the VALUES of the metrics read");
        return series with { Text = series.Text.Replace(MetricsPlaceholder, "VALUES ?metric { " + string.Join(" ", metrics) + " }", StringComparison.Ordinal) };
    }
}
