using ClaimGraph.Consistency.Model;
using ClaimGraph.Consistency.Reports;
using ClaimGraph.Consistency.Verdicts;
using ClaimGraph.Store;

namespace ClaimGraph.Consistency.Checking;

/// <summary>
/// One consistency run over a store, as `check` and `report` do it: the queries run on a snapshot,
/// the series stream to the given report sinks and to the summary, and the verdicts replace the
/// store's verdicts graph.
/// </summary>
public static class ConsistencyRun
{
    public sealed record Outcome(ReportProvenance Provenance, SummaryCounter Summary);

    public static Outcome Execute(IQuadStore store, IEnumerable<IReportSink> reports, ISelectRunner? runner = null, CancellationToken cancel = default)
    {
        var summary = new SummaryCounter();
        var verdicts = new VerdictGraph();
        ReportProvenance provenance;
        using (var snapshot = store.OpenSnapshot())
        {
            var sinks = new List<IReportSink>(reports) { summary, verdicts };
            provenance = new ConsistencyChecker(runner ?? new EngineSelectRunner()).Run(snapshot, snapshot.Version, sinks, cancel);
        }
        verdicts.ReplaceIn(store);
        return new Outcome(provenance, summary);
    }
}
