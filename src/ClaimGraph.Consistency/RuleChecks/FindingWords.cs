using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.RuleChecks;

/// <summary>
/// The explanation in words of each kind of finding. Both ways of applying the rules (the queries of
/// queries/ and the one streaming pass over series.rq) word their findings here, so they agree word for word.
/// </summary>
public static class FindingWords
{
    private static string Quoted(string? quote, decimal? fallback) => quote is null ? FigureText.Number(fallback) : $"“{quote}”";

    public static string Fall(string? earlierQuote, decimal? earlierLower, DateOnly? earlierAsOf, string? laterQuote, decimal? laterUpper, DateOnly? laterAsOf) =>
        earlierAsOf == laterAsOf
            ? $"{Quoted(laterQuote, laterUpper)} and {Quoted(earlierQuote, earlierLower)} "
              + $"are both given as of {FigureText.Date(laterAsOf)} and cannot both be true: at most {FigureText.Number(laterUpper)} "
              + $"against at least {FigureText.Number(earlierLower)}."
            : $"{Quoted(laterQuote, laterUpper)} as of {FigureText.Date(laterAsOf)} "
              + $"(at most {FigureText.Number(laterUpper)}) is below {Quoted(earlierQuote, earlierLower)} "
              + $"as of {FigureText.Date(earlierAsOf)} (at least {FigureText.Number(earlierLower)}): a cumulative total cannot fall.";

    public static string LookAlikeFall(string earlierMetric, string? earlierQuote, decimal? earlierLower, DateOnly? earlierAsOf,
        string laterMetric, string? laterQuote, decimal? laterUpper, DateOnly? laterAsOf, string? why) =>
        $"{Quoted(laterQuote, laterUpper)} as of {FigureText.Date(laterAsOf)} "
        + $"({SeriesKey.LocalName(laterMetric)}) is below {Quoted(earlierQuote, earlierLower)} "
        + $"as of {FigureText.Date(earlierAsOf)} ({SeriesKey.LocalName(earlierMetric)}). "
        + $"The two metrics look like one series ({why ?? "they look alike"}): if they count the same thing, the total fell.";

    public static string PeriodTotalsDisagree(DateOnly? periodStart, DateOnly? periodEnd, string? higherQuote, decimal? higherLower, string? lowerQuote, decimal? lowerUpper) =>
        $"Two totals for {FigureText.Date(periodStart)} to {FigureText.Date(periodEnd)} disagree: "
        + $"{Quoted(higherQuote, higherLower)} (at least {FigureText.Number(higherLower)}) and "
        + $"{Quoted(lowerQuote, lowerUpper)} (at most {FigureText.Number(lowerUpper)}).";

    /// <param name="boundName">The bound's local name as in the vocabulary: Exact, AtLeast, AtMost, ...</param>
    public static string Repeat(decimal? value, string? boundName, int claims, decimal articles, DateOnly? firstAsOf) =>
        $"{FigureText.Number(value)} ({boundName}) is given by {claims} claims"
        + (articles > 1 ? $" in {FigureText.Number(articles)} articles" : "")
        + $", first as of {FigureText.Date(firstAsOf)}: it counts once, as corroboration.";

    public static string Stale(string? staleQuote, decimal? value, DateOnly? staleAsOf, string? staleArticle, DateOnly? originalAsOf, string? originalArticle) =>
        $"{Quoted(staleQuote, value)} as of {FigureText.Date(staleAsOf)}"
        + $" ({staleArticle ?? "unknown article"}) repeats the figure first given as of {FigureText.Date(originalAsOf)}"
        + $" ({originalArticle ?? "unknown article"}): an older figure given again, not a new reading.";

    public static string ImplausibleJump(ImpliedRate rate) =>
        $"From {FigureText.Number(rate.FromValue)} as of {FigureText.Date(rate.From)} to {FigureText.Number(rate.ToValue)} "
        + $"as of {FigureText.Date(rate.To)} the figure grows by {FigureText.Number(rate.RatePerDay)} a day over {rate.Days} days: "
        + "it more than doubles at over 5% a day, which a running total does not do once under way. "
        + "One of the figures may be misread or count something else.";
}
