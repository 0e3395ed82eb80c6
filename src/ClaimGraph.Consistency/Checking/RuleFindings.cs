using ClaimGraph.Rdf.Model;
using ClaimGraph.Consistency.Model;
using ClaimGraph.Consistency.RuleChecks;
using ClaimGraph.Store;

namespace ClaimGraph.Consistency.Checking;

/// <summary>
/// Turns the rows of each rule query into findings with an explanation in words. The rules themselves
/// (what falls, what looks alike, what is implausible) are in the queries; this only words them.
/// </summary>
internal sealed class RuleFindings(ISelectRunner runner, IQuadReader data, CancellationToken cancel)
{
    private IEnumerable<(SolutionColumns Columns, Term?[] Row)> Rows(string queryName)
    {
        var result = runner.Select(QueryCatalog.Get(queryName), data, cancel);
        var columns = new SolutionColumns(result.Variables);
        foreach (var row in result.Rows)
        {
            cancel.ThrowIfCancellationRequested();
            yield return (columns, row);
        }
    }

    /// <summary>The metrics that look like one series, from the rows of metric-vocabulary.rq.</summary>
    public LookAlikeMetrics LookAlikes() =>
        new(Rows(QueryCatalog.MetricVocabulary)
            .Select(r => (Metric: r.Columns.Text(r.Row, "metric"), Relation: r.Columns.Text(r.Row, "relation"), Value: r.Columns.Text(r.Row, "value")))
            .Where(r => r.Metric is not null && r.Relation is not null && r.Value is not null)
            .Select(r => (r.Metric!, r.Relation!, r.Value!)));

    public void Conflicts(FindingIndex index)
    {
        foreach (var (c, row) in Rows(QueryCatalog.Conflicts))
        {
            var explanation = FindingWords.Fall(c.Text(row, "earlierQuote"), c.Decimal(row, "earlierLower"), c.Date(row, "earlierAsOf"),
                c.Text(row, "laterQuote"), c.Decimal(row, "laterUpper"), c.Date(row, "laterAsOf"));
            index.Add(new Finding(FindingTypes.Conflict, Rules.CumulativeNeverFalls, [c.Text(row, "earlier")!, c.Text(row, "later")!], explanation)
                { Metrics = [c.Text(row, "metric")!] });
        }
    }

    public void PossibleConflicts(FindingIndex index)
    {
        foreach (var (c, row) in Rows(QueryCatalog.PossibleConflicts))
        {
            string earlierMetric = c.Text(row, "earlierMetric")!, laterMetric = c.Text(row, "laterMetric")!;
            var explanation = FindingWords.LookAlikeFall(earlierMetric, c.Text(row, "earlierQuote"), c.Decimal(row, "earlierLower"), c.Date(row, "earlierAsOf"),
                laterMetric, c.Text(row, "laterQuote"), c.Decimal(row, "laterUpper"), c.Date(row, "laterAsOf"), c.Text(row, "why"));
            index.Add(new Finding(FindingTypes.PossibleConflict, Rules.LookAlikeSeriesNeverFall,
                [c.Text(row, "earlier")!, c.Text(row, "later")!], explanation) { Metrics = [earlierMetric, laterMetric] });
        }
    }

    public void PeriodTotals(FindingIndex index)
    {
        foreach (var (c, row) in Rows(QueryCatalog.PeriodTotals))
        {
            var explanation = FindingWords.PeriodTotalsDisagree(c.Date(row, "periodStart"), c.Date(row, "periodEnd"),
                c.Text(row, "higherQuote"), c.Decimal(row, "higherLower"), c.Text(row, "lowerQuote"), c.Decimal(row, "lowerUpper"));
            index.Add(new Finding(FindingTypes.Conflict, Rules.OnePeriodOneTotal,
                [c.Text(row, "higher")!, c.Text(row, "lower")!], explanation) { Metrics = [c.Text(row, "metric")!] });
        }
    }

    public void ImpliedRates(FindingIndex index)
    {
        foreach (var (c, row) in Rows(QueryCatalog.ImpliedRates))
        {
            if (c.Date(row, "fromAsOf") is not DateOnly from || c.Date(row, "toAsOf") is not DateOnly to) continue;
            var rate = new ImpliedRate(from, to, c.Decimal(row, "fromValue") ?? 0, c.Decimal(row, "toValue") ?? 0,
                to.DayNumber - from.DayNumber, c.Decimal(row, "ratePerDay") ?? 0, c.Boolean(row, "implausible") ?? false);
            index.AddRate(c.Text(row, "metric")!, c.Text(row, "unit"), rate);
        }
    }

    public void Repeats(FindingIndex index)
    {
        foreach (var (c, row) in Rows(QueryCatalog.RepeatedFigures))
        {
            var claims = (c.Text(row, "claimList") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var explanation = FindingWords.Repeat(c.Decimal(row, "value"), SeriesKey.LocalName(c.Text(row, "bound")), claims.Length,
                c.Decimal(row, "articles") ?? 0, c.Date(row, "firstAsOf"));
            index.Add(new Finding(FindingTypes.Corroboration, Rules.RepeatCountsOnce, claims, explanation) { Metrics = [c.Text(row, "metric")!] });
        }
    }

    public void Stale(FindingIndex index)
    {
        foreach (var (c, row) in Rows(QueryCatalog.Stale))
        {
            var explanation = FindingWords.Stale(c.Text(row, "staleQuote"), c.Decimal(row, "value"), c.Date(row, "staleAsOf"),
                c.Text(row, "staleArticle"), c.Date(row, "originalAsOf"), c.Text(row, "originalArticle"));
            index.Add(new Finding(FindingTypes.Stale, Rules.StaleRepeat,
                [c.Text(row, "original")!, c.Text(row, "stale")!], explanation) { Metrics = [c.Text(row, "metric")!] });
        }
    }
}
