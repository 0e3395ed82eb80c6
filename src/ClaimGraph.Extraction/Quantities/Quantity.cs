namespace ClaimGraph.Extraction.Quantities;

/// <summary>How a figure is bounded as written.</summary>
public enum BoundKind { Exact, AtLeast, AtMost, Approx, Range }

/// <summary>What sort of unit a figure has.</summary>
public enum UnitKind { Count, Money, Percent, Duration, Measure }

/// <summary>A unit: a short code for output ("count", "CNY", "percent", "month") and its IRI (QUDT where one exists).</summary>
public sealed record Unit(string Code, string Iri, UnitKind Kind)
{
    private const string Qudt = "http://qudt.org/vocab/unit/";
    private const string Currency = "http://qudt.org/vocab/currency/";

    public static readonly Unit Count = new("count", "https://claimgraph.org/ns#Count", UnitKind.Count);
    public static readonly Unit Percent = new("percent", Qudt + "PERCENT", UnitKind.Percent);
    public static readonly Unit PercentagePoint = new("percentagePoint", "https://claimgraph.org/ns#PercentagePoint", UnitKind.Percent);
    public static readonly Unit Second = new("second", Qudt + "SEC", UnitKind.Duration);
    public static readonly Unit Minute = new("minute", Qudt + "MIN", UnitKind.Duration);
    public static readonly Unit Hour = new("hour", Qudt + "HR", UnitKind.Duration);
    public static readonly Unit Day = new("day", Qudt + "DAY", UnitKind.Duration);
    public static readonly Unit Week = new("week", Qudt + "WK", UnitKind.Duration);
    public static readonly Unit Month = new("month", Qudt + "MO", UnitKind.Duration);
    public static readonly Unit Year = new("year", Qudt + "YR", UnitKind.Duration);
    public static readonly Unit Decade = new("decade", Qudt + "DECADE", UnitKind.Duration);
    public static readonly Unit Kilogram = new("kilogram", Qudt + "KiloGM", UnitKind.Measure);
    public static readonly Unit Tonne = new("tonne", Qudt + "TONNE", UnitKind.Measure);
    public static readonly Unit Hectare = new("hectare", Qudt + "HA", UnitKind.Measure);
    public static readonly Unit Mu = new("mu", "https://claimgraph.org/ns#Mu", UnitKind.Measure);
    public static readonly Unit SquareKilometre = new("squareKilometre", Qudt + "KiloM2", UnitKind.Measure);
    public static readonly Unit Kilometre = new("kilometre", Qudt + "KiloM", UnitKind.Measure);
    public static readonly Unit Metre = new("metre", Qudt + "M", UnitKind.Measure);
    public static readonly Unit Centimetre = new("centimetre", Qudt + "CentiM", UnitKind.Measure);
    public static readonly Unit Millimetre = new("millimetre", Qudt + "MilliM", UnitKind.Measure);
    public static readonly Unit SquareMetre = new("squareMetre", Qudt + "M2", UnitKind.Measure);
    public static readonly Unit Gram = new("gram", Qudt + "GM", UnitKind.Measure);
    public static readonly Unit Kilowatt = new("kilowatt", Qudt + "KiloW", UnitKind.Measure);
    public static readonly Unit Megawatt = new("megawatt", Qudt + "MegaW", UnitKind.Measure);
    public static readonly Unit Mile = new("mile", Qudt + "MI", UnitKind.Measure);
    public static readonly Unit Litre = new("litre", Qudt + "L", UnitKind.Measure);
    public static readonly Unit CubicMetre = new("cubicMetre", Qudt + "M3", UnitKind.Measure);
    public static readonly Unit MicrogramPerCubicMetre = new("microgramPerCubicMetre", Qudt + "MicroGM-PER-M3", UnitKind.Measure);
    public static readonly Unit KilowattHour = new("kilowattHour", Qudt + "KiloW-HR", UnitKind.Measure);

    /// <summary>Money in an ISO 4217 currency.</summary>
    public static Unit Money(string isoCode) => new(isoCode, Currency + isoCode, UnitKind.Money);
}

/// <summary>
/// A figure found in a sentence. Offsets are UTF-16 offsets in the sentence text; <see cref="Text"/>
/// runs from the first bound word to the unit ("more than 14 million yuan").
/// <see cref="FirstToken"/>..<see cref="LastToken"/> are the token indexes the figure covers.
/// </summary>
public sealed record Quantity(
    int Start,
    int End,
    int FirstToken,
    int LastToken,
    string Text,
    decimal Value,
    decimal? ValueHigh,
    BoundKind Bound,
    bool LowerInclusive,
    bool UpperInclusive,
    Unit Unit)
{
    /// <summary>The interval of values the figure allows: null ends are unbounded.</summary>
    public (decimal? Lower, decimal? Upper) Interval => Bound switch
    {
        BoundKind.Exact => (Value, Value),
        BoundKind.AtLeast => (Value, null),
        BoundKind.AtMost => (null, Value),
        BoundKind.Approx => (Value * 0.9m, Value * 1.1m),
        BoundKind.Range => (Value, ValueHigh ?? Value),
        _ => (null, null),
    };
}
