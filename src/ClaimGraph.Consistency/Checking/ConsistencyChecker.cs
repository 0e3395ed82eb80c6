using ClaimGraph.Consistency.Model;
using ClaimGraph.Consistency.RuleChecks;
using ClaimGraph.Store;

namespace ClaimGraph.Consistency.Checking;

/// <summary>How a check applies the verdict rules of the README.</summary>
public enum RuleSource
{
    /// <summary>
    /// The default, and what the report uses: series.rq is read in series and as-of order, some metrics
    /// at a time (<see cref="SeriesRows"/>), and the rules are applied in one streaming pass
    /// (O(n log n) per series); the look-alike rule, which
    /// spans series, reads the metrics' labels and broader concepts from metric-vocabulary.rq and holds
    /// back the few series it concerns until the end.
    /// </summary>
    Streaming,

    /// <summary>
    /// Every rule runs as its query in queries/ (conflicts.rq, stale.rq, ...), as a user would run them:
    /// the same findings, but the queries compare pairs of dates, so this suits small collections only.
    /// </summary>
    Queries,
}

/// <summary>
/// Runs the queries of queries/ over a store and streams the series, with their findings and verdicts,
/// to report sinks. The series come from series.rq, one row per claim in series order, grouped while
/// streaming; the findings from the rules, applied as <see cref="RuleSource"/> says.
/// </summary>
public sealed class ConsistencyChecker(ISelectRunner runner, RuleSource rules = RuleSource.Streaming)
{
    /// <summary>The queries a check runs with these rules, in the order it runs them.</summary>
    public static IReadOnlyList<string> QueriesUsed(RuleSource rules) => rules == RuleSource.Streaming
        ? [QueryCatalog.MetricVocabulary, QueryCatalog.SeriesMetrics, QueryCatalog.Series]
        : [
            QueryCatalog.Conflicts, QueryCatalog.PossibleConflicts, QueryCatalog.PeriodTotals, QueryCatalog.ImpliedRates,
            QueryCatalog.RepeatedFigures, QueryCatalog.Stale, QueryCatalog.Series,
        ];

    public ReportProvenance Run(IQuadReader data, long storeVersion, IReadOnlyList<IReportSink> sinks, CancellationToken cancel = default)
    {
        var provenance = new ReportProvenance(storeVersion, DateTimeOffset.UtcNow,
            QueriesUsed(rules).Select(name => QueryCatalog.Get(name).Use).ToList());
        var queried = new RuleFindings(runner, data, cancel);
        var series = rules == RuleSource.Streaming ? Streamed(queried, data, cancel) : Queried(queried, data, cancel);

        foreach (var sink in sinks) sink.Begin(provenance);
        SeriesDelivery.Deliver(series, sinks, cancel);
        foreach (var sink in sinks) sink.End();
        return provenance;
    }

    private IEnumerable<Series> Streamed(RuleFindings queried, IQuadReader data, CancellationToken cancel)
    {
        var lookAlikes = queried.LookAlikes();
        var held = new List<Series>();
        foreach (var one in new SeriesAssembler(new StreamedFindings()).Assemble(new SeriesRows(runner, data, cancel).Read(), cancel))
        {
            if (one.Key.IsCumulative && lookAlikes.HasPartners(one.Key.Metric)) held.Add(one);
            else yield return one;
        }
        foreach (var one in LookAlikeChecks.Apply(held, lookAlikes)) yield return one;
    }

    private IEnumerable<Series> Queried(RuleFindings queried, IQuadReader data, CancellationToken cancel)
    {
        var findings = new FindingIndex();
        queried.Conflicts(findings);
        queried.PossibleConflicts(findings);
        queried.PeriodTotals(findings);
        queried.ImpliedRates(findings);
        queried.Repeats(findings);
        queried.Stale(findings);
        return new SeriesAssembler(new QueriedFindings(findings)).Assemble(runner.Select(QueryCatalog.Get(QueryCatalog.Series), data, cancel), cancel);
    }
}
