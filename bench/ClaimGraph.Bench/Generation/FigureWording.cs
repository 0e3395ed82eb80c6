using System.Globalization;

namespace ClaimGraph.Bench.Generation;

/// <summary>A figure as the article writes it ("more than 8,600", "3.286 million", "twenty-three") and what that wording means.</summary>
public sealed record Figure(
    string Text,
    decimal Value,
    decimal? ValueHigh,
    BoundKind Bound,
    decimal? LowerBound,
    bool LowerInclusive,
    decimal? UpperBound,
    bool UpperInclusive);

/// <summary>
/// Turns a true value into the words a reporter would use, in the varieties the extractor must
/// handle: bounds ("more than", "nearly", "about", "-plus"), scale words, number words, ranges.
/// </summary>
public static class FigureWording
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly (string Words, BoundKind Bound, bool Inclusive, bool Suffix)[] Bounds =
    [
        ("more than", BoundKind.AtLeast, false, false),
        ("over", BoundKind.AtLeast, false, false),
        ("at least", BoundKind.AtLeast, true, false),
        ("-plus", BoundKind.AtLeast, true, true),
        ("nearly", BoundKind.AtMost, false, false),
        ("almost", BoundKind.AtMost, false, false),
        ("up to", BoundKind.AtMost, true, false),
        ("about", BoundKind.Approx, true, false),
        ("some", BoundKind.Approx, true, false),
        ("around", BoundKind.Approx, true, false),
        ("approximately", BoundKind.Approx, true, false),
    ];

    /// <summary>Words a count or an amount of money; <paramref name="trueValue"/> is what really holds.</summary>
    public static Figure Amount(decimal trueValue, SplitMix64 rng)
    {
        if (trueValue < 1) trueValue = 1;
        double roll = rng.NextDouble();
        if (roll < 0.40) return Exact(trueValue, rng);
        var (words, bound, inclusive, suffix) = rng.Pick(Bounds);
        if (suffix && trueValue < 1000) (words, bound, inclusive, suffix) = Bounds[0];
        decimal shown = bound switch
        {
            BoundKind.AtLeast => RoundSignificant(trueValue, 2, MidpointRounding.ToZero),
            BoundKind.AtMost => RoundSignificant(trueValue, 2, MidpointRounding.ToPositiveInfinity),
            _ => RoundSignificant(trueValue, 2, MidpointRounding.ToEven),
        };
        if (shown <= 0) shown = 1;
        // "more than X" says X is passed and "nearly X" that it is not reached: keep the truth inside the interval.
        if (bound == BoundKind.AtLeast && shown >= trueValue && !inclusive) shown = Math.Max(1, shown - Step(shown));
        if (bound == BoundKind.AtMost && shown <= trueValue && !inclusive) shown += Step(shown);
        string number = Number(shown, rng, allowWords: false);
        string text = suffix ? number + words : words + " " + number;
        return bound switch
        {
            BoundKind.AtLeast => new Figure(text, shown, null, bound, shown, inclusive, null, false),
            BoundKind.AtMost => new Figure(text, shown, null, bound, null, false, shown, inclusive),
            _ => new Figure(text, shown, null, bound, Math.Round(shown * 0.9m, 2), true, Math.Round(shown * 1.1m, 2), true),
        };
    }

    /// <summary>An exact figure, written with digits, a scale word or, when small, number words.</summary>
    public static Figure Exact(decimal value, SplitMix64 rng)
    {
        decimal shown = value >= 1_000_000 ? RoundSignificant(value, 4, MidpointRounding.ToEven) : Math.Round(value);
        string text = Number(shown, rng, allowWords: true);
        return new Figure(text, shown, null, BoundKind.Exact, shown, true, shown, true);
    }

    /// <summary>A percentage such as "98.1%".</summary>
    public static Figure Percent(decimal value) =>
        new(Plain(value) + "%", value, null, BoundKind.Exact, value, true, value, true);

    /// <summary>A range of percentages such as "1%-1.8%".</summary>
    public static Figure PercentRange(decimal low, decimal high) =>
        new(Plain(low) + "%-" + Plain(high) + "%", low, high, BoundKind.Range, low, true, high, true);

    /// <summary>The number alone: "9,013", "14 million", "1.48 billion", "twenty-three".</summary>
    public static string Number(decimal value, SplitMix64 rng, bool allowWords)
    {
        if (allowWords && value < 100 && value == Math.Floor(value) && rng.Chance(0.5)) return Words((int)value);
        if (value >= 1_000_000_000 && rng.Chance(0.8)) return Plain(value / 1_000_000_000m) + " billion";
        if (value >= 1_000_000 && rng.Chance(0.8)) return Plain(value / 1_000_000m) + " million";
        if (value >= 10_000 && value % 1000 == 0 && rng.Chance(0.15)) return Plain(value / 1000m) + " thousand";
        return value.ToString(value == Math.Floor(value) ? "#,0" : "#,0.##", Inv);
    }

    /// <summary>English words for 0..99: "four", "twenty-three".</summary>
    public static string Words(int n)
    {
        if (n < 20) return Catalogue.NumberWords[n];
        string tens = Catalogue.TensWords[n / 10];
        return n % 10 == 0 ? tens : tens + "-" + Catalogue.NumberWords[n % 10];
    }

    public static string Plain(decimal value) => value.ToString("0.###", Inv);

    public static decimal RoundSignificant(decimal value, int digits, MidpointRounding mode)
    {
        if (value <= 0) return 0;
        int magnitude = (int)Math.Floor(Math.Log10((double)value)) + 1;
        decimal scale = Pow10(Math.Max(0, magnitude - digits));
        return Math.Round(value / scale, 0, mode) * scale;
    }

    private static decimal Step(decimal shown) => Pow10(Math.Max(0, (int)Math.Floor(Math.Log10((double)shown)) - 1));

    private static decimal Pow10(int n)
    {
        decimal r = 1;
        for (int i = 0; i < n; i++) r *= 10;
        return r;
    }
}
