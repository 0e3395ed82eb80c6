using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.Tests;

/// <summary>Series built by hand, for the report writers' tests (which need no store or engine).</summary>
public static class SampleSeries
{
    private const string Cg = "https://claimgraph.org/ns#";
    private const string Id = "https://claimgraph.org/id/";

    public static FigurePoint Point(string claim, decimal value, string asOf, string bound = "exact", string? quote = null, string file = "a.txt") => new()
    {
        Claim = Id + "claim/" + claim,
        Value = value,
        Bound = bound,
        Lower = bound is "exact" or "atLeast" ? value : null,
        LowerInclusive = bound != "atLeast",
        Upper = bound is "exact" or "atMost" ? value : null,
        UpperInclusive = bound != "atMost",
        AsOf = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture),
        Quote = quote ?? FigureText.Number(value),
        SentenceText = $"Up to now, {quote ?? FigureText.Number(value)} <gangs> & \"others\" were destroyed.",
        Article = Id + "article/" + file,
        FileName = file,
        Published = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture),
        Publisher = "China News Service",
    };

    public static Series Gangs() => new(
        new SeriesKey(Id + "metric/gangs", Cg + "Cumulative", Cg + "Count"), "\"two-card\" gangs destroyed",
        [
            Point("g1", 9013, "2021-01-31", file: "002.txt"),
            Point("g2", 8600, "2021-02-04", "atLeast", "more than 8,600", "000.txt"),
            Point("g3", 12000, "2021-04-09", file: "004.txt"),
            Point("g4", 27000, "2021-10-11", file: "001.txt"),
        ],
        [],
        [new ImpliedRate(new DateOnly(2021, 4, 9), new DateOnly(2021, 10, 11), 12000, 27000, 185, 81.08m, false)]);

    public static Series Dens() => new(
        new SeriesKey(Id + "metric/dens", Cg + "Cumulative", Cg + "Count"), "fraud dens destroyed",
        [Point("d1", 11000, "2021-04-09"), Point("d2", 9000, "2021-06-01", "atMost", "nearly 9,000")],
        [new Finding(FindingTypes.Conflict, Rules.CumulativeNeverFalls, [Id + "claim/d1", Id + "claim/d2"], "nearly 9,000 is below 11,000.") { Metrics = [Id + "metric/dens"] }],
        []);

    public static Series Single() => new(
        new SeriesKey(Id + "metric/calls", Cg + "Cumulative", Cg + "Count"), "calls intercepted",
        [Point("c1", 240_000_000, "2021-02-26")], [], []);
}
