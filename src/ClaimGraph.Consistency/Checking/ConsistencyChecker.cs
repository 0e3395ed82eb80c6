using ClaimGraph.Consistency.Model;
using ClaimGraph.Store;

namespace ClaimGraph.Consistency.Checking;

/// <summary>
/// Runs the queries of queries/ over a store and streams the series, with their findings and verdicts,
/// to report sinks. The findings come from the rule queries (small results, held in memory); the series
/// come from series.rq, one row per claim in series order, grouped while streaming.
/// </summary>
public sealed class ConsistencyChecker(ISelectRunner runner)
{
    /// <summary>The queries a check runs, in the order it runs them.</summary>
    public static IReadOnlyList<string> QueriesUsed { get; } =
    [
        QueryCatalog.Conflicts, QueryCatalog.PossibleConflicts, QueryCatalog.PeriodTotals, QueryCatalog.ImpliedRates,
        QueryCatalog.RepeatedFigures, QueryCatalog.Stale, QueryCatalog.Series,
    ];

    public ReportProvenance Run(IQuadReader data, long storeVersion, IReadOnlyList<IReportSink> sinks, CancellationToken cancel = default)
    {
        var provenance = new ReportProvenance(storeVersion, DateTimeOffset.UtcNow,
            QueriesUsed.Select(name => QueryCatalog.Get(name).Use).ToList());

        var findings = new FindingIndex();
        var rules = new RuleFindings(runner, data, cancel);
        rules.Conflicts(findings);
        rules.PossibleConflicts(findings);
        rules.PeriodTotals(findings);
        rules.ImpliedRates(findings);
        rules.Repeats(findings);
        rules.Stale(findings);

        foreach (var sink in sinks) sink.Begin(provenance);
        var assembler = new SeriesAssembler(findings);
        var series = runner.Select(QueryCatalog.Get(QueryCatalog.Series), data, cancel);
        foreach (var one in assembler.Assemble(series, cancel))
            foreach (var sink in sinks) sink.Add(one);
        foreach (var sink in sinks) sink.End();
        return provenance;
    }
}
