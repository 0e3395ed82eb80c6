using System.Globalization;

namespace ClaimGraph.Consistency.Model;

/// <summary>Numbers and dates as the reports write them: "9,013", "1.48", "2021-01-31".</summary>
public static class FigureText
{
    public static string Number(decimal value)
    {
        var rounded = Math.Round(value, 2);
        return rounded == Math.Truncate(rounded)
            ? rounded.ToString("#,0", CultureInfo.InvariantCulture)
            : rounded.ToString("#,0.##", CultureInfo.InvariantCulture);
    }

    public static string Number(decimal? value) => value is decimal v ? Number(v) : "?";

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

    /// <summary>The figure as an interval in words: "9,013", "more than 8,600", "between 1 and 6".</summary>
    public static string Interval(FigurePoint p)
    {
        if (p.Lower is decimal lo && p.Upper is decimal hi)
            return lo == hi ? Number(lo) : $"between {Number(lo)} and {Number(hi)}";
        if (p.Lower is decimal lower) return (p.LowerInclusive ? "at least " : "more than ") + Number(lower);
        if (p.Upper is decimal upper) return (p.UpperInclusive ? "at most " : "less than ") + Number(upper);
        return Number(p.Value);
    }
}
