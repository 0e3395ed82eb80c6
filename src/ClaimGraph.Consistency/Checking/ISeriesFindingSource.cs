using ClaimGraph.Consistency.Model;
using ClaimGraph.Consistency.RuleChecks;

namespace ClaimGraph.Consistency.Checking;

/// <summary>Where the findings and implied rates of a series come from, given all its figures (one metric, kind and unit).</summary>
internal interface ISeriesFindingSource
{
    (IReadOnlyList<Finding> Findings, IReadOnlyList<ImpliedRate> Rates) For(SeriesKey key, IReadOnlyList<FigurePoint> points);
}

/// <summary>Findings read beforehand from the rule queries of queries/, found again by the claims they rest on.</summary>
internal sealed class QueriedFindings(FindingIndex index) : ISeriesFindingSource
{
    public (IReadOnlyList<Finding> Findings, IReadOnlyList<ImpliedRate> Rates) For(SeriesKey key, IReadOnlyList<FigurePoint> points) =>
        (index.For(key.Metric, points), index.RatesFor(key));
}

/// <summary>The rules within a series applied to its figures as they stream (<see cref="SeriesRuleChecks"/>).</summary>
internal sealed class StreamedFindings : ISeriesFindingSource
{
    public (IReadOnlyList<Finding> Findings, IReadOnlyList<ImpliedRate> Rates) For(SeriesKey key, IReadOnlyList<FigurePoint> points)
    {
        var (findings, rates) = SeriesRuleChecks.Apply(key, points);
        return (findings, rates);
    }
}
