using ClaimGraph.Rdf.Model;
using ClaimGraph.Consistency.Model;
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

    private static string Quoted(string? quote, decimal? fallback) => quote is null ? FigureText.Number(fallback) : $"“{quote}”";

    public void Conflicts(FindingIndex index)
    {
        foreach (var (c, row) in Rows(QueryCatalog.Conflicts))
        {
            string metric = c.Text(row, "metric")!, earlier = c.Text(row, "earlier")!, later = c.Text(row, "later")!;
            var earlierAsOf = c.Date(row, "earlierAsOf");
            var laterAsOf = c.Date(row, "laterAsOf");
            var explanation = earlierAsOf == laterAsOf
                ? $"{Quoted(c.Text(row, "laterQuote"), c.Decimal(row, "laterUpper"))} and {Quoted(c.Text(row, "earlierQuote"), c.Decimal(row, "earlierLower"))} "
                  + $"are both given as of {FigureText.Date(laterAsOf)} and cannot both be true: at most {FigureText.Number(c.Decimal(row, "laterUpper"))} "
                  + $"against at least {FigureText.Number(c.Decimal(row, "earlierLower"))}."
                : $"{Quoted(c.Text(row, "laterQuote"), c.Decimal(row, "laterUpper"))} as of {FigureText.Date(laterAsOf)} "
                  + $"(at most {FigureText.Number(c.Decimal(row, "laterUpper"))}) is below {Quoted(c.Text(row, "earlierQuote"), c.Decimal(row, "earlierLower"))} "
                  + $"as of {FigureText.Date(earlierAsOf)} (at least {FigureText.Number(c.Decimal(row, "earlierLower"))}): a cumulative total cannot fall.";
            index.Add(new Finding(FindingTypes.Conflict, Rules.CumulativeNeverFalls, [earlier, later], explanation) { Metrics = [metric] });
        }
    }

    public void PossibleConflicts(FindingIndex index)
    {
        foreach (var (c, row) in Rows(QueryCatalog.PossibleConflicts))
        {
            string earlierMetric = c.Text(row, "earlierMetric")!, laterMetric = c.Text(row, "laterMetric")!;
            var explanation =
                $"{Quoted(c.Text(row, "laterQuote"), c.Decimal(row, "laterUpper"))} as of {FigureText.Date(c.Date(row, "laterAsOf"))} "
                + $"({SeriesKey.LocalName(laterMetric)}) is below {Quoted(c.Text(row, "earlierQuote"), c.Decimal(row, "earlierLower"))} "
                + $"as of {FigureText.Date(c.Date(row, "earlierAsOf"))} ({SeriesKey.LocalName(earlierMetric)}). "
                + $"The two metrics look like one series ({c.Text(row, "why") ?? "they look alike"}): if they count the same thing, the total fell.";
            index.Add(new Finding(FindingTypes.PossibleConflict, Rules.LookAlikeSeriesNeverFall,
                [c.Text(row, "earlier")!, c.Text(row, "later")!], explanation) { Metrics = [earlierMetric, laterMetric] });
        }
    }

    public void PeriodTotals(FindingIndex index)
    {
        foreach (var (c, row) in Rows(QueryCatalog.PeriodTotals))
        {
            var explanation =
                $"Two totals for {FigureText.Date(c.Date(row, "periodStart"))} to {FigureText.Date(c.Date(row, "periodEnd"))} disagree: "
                + $"{Quoted(c.Text(row, "higherQuote"), c.Decimal(row, "higherLower"))} (at least {FigureText.Number(c.Decimal(row, "higherLower"))}) and "
                + $"{Quoted(c.Text(row, "lowerQuote"), c.Decimal(row, "lowerUpper"))} (at most {FigureText.Number(c.Decimal(row, "lowerUpper"))}).";
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
            var articles = c.Decimal(row, "articles") ?? 0;
            var explanation =
                $"{FigureText.Number(c.Decimal(row, "value"))} ({SeriesKey.LocalName(c.Text(row, "bound"))}) is given by {claims.Length} claims"
                + (articles > 1 ? $" in {FigureText.Number(articles)} articles" : "")
                + $", first as of {FigureText.Date(c.Date(row, "firstAsOf"))}: it counts once, as corroboration.";
            index.Add(new Finding(FindingTypes.Corroboration, Rules.RepeatCountsOnce, claims, explanation) { Metrics = [c.Text(row, "metric")!] });
        }
    }

    public void Stale(FindingIndex index)
    {
        foreach (var (c, row) in Rows(QueryCatalog.Stale))
        {
            var explanation =
                $"{Quoted(c.Text(row, "staleQuote"), c.Decimal(row, "value"))} as of {FigureText.Date(c.Date(row, "staleAsOf"))}"
                + $" ({c.Text(row, "staleArticle") ?? "unknown article"}) repeats the figure first given as of {FigureText.Date(c.Date(row, "originalAsOf"))}"
                + $" ({c.Text(row, "originalArticle") ?? "unknown article"}): an older figure given again, not a new reading.";
            index.Add(new Finding(FindingTypes.Stale, Rules.StaleRepeat,
                [c.Text(row, "original")!, c.Text(row, "stale")!], explanation) { Metrics = [c.Text(row, "metric")!] });
        }
    }
}
