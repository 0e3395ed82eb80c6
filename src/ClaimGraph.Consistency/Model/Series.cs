namespace ClaimGraph.Consistency.Model;

/// <summary>The verdict on a whole series. The string forms are the JSON and RDF names.</summary>
public static class SeriesVerdicts
{
    public const string Consistent = "consistent";
    public const string Conflict = "conflict";
    public const string PossibleConflict = "possible-conflict";
    public const string Single = "single";
}

/// <summary>
/// Which figures form one series: one metric, one kind of figure (cumulative, period total, event, rate)
/// and one unit. Figures of different kinds are never compared as one series.
/// </summary>
public sealed record SeriesKey(string Metric, string? Kind, string? Unit)
{
    /// <summary>The kind's local name (Cumulative, PeriodTotal, Event, Rate), or "unknown".</summary>
    public string KindName => LocalName(Kind) ?? "unknown";

    /// <summary>The unit's local name (Count, CNY, PERCENT, ...), or "unknown".</summary>
    public string UnitName => LocalName(Unit) ?? "unknown";

    public bool IsCumulative => KindName == "Cumulative";

    internal static string? LocalName(string? iri)
    {
        if (iri is null) return null;
        int cut = Math.Max(iri.LastIndexOf('#'), iri.LastIndexOf('/'));
        return cut >= 0 && cut < iri.Length - 1 ? iri[(cut + 1)..] : iri;
    }
}

/// <summary>A step between two consecutive as-of dates of a cumulative series, with the rate it implies.</summary>
public sealed record ImpliedRate(DateOnly From, DateOnly To, decimal FromValue, decimal ToValue, int Days, decimal RatePerDay, bool Implausible);

/// <summary>One series: its figures in as-of order, the steps between them, the findings about it and its verdict.</summary>
public sealed class Series
{
    public Series(SeriesKey key, string label, IReadOnlyList<FigurePoint> points, IReadOnlyList<Finding> findings, IReadOnlyList<ImpliedRate> rates)
    {
        Key = key;
        Label = label;
        Points = points;
        Findings = findings;
        Rates = rates;
        // Computed here, once: every report sink asks, on the writing thread.
        DistinctFigures = points.Select(p => (p.Value, p.ValueHigh, p.Bound)).Distinct().Count();
        Verdict = findings.Any(f => f.Type == FindingTypes.Conflict) ? SeriesVerdicts.Conflict
            : findings.Any(f => f.Type is FindingTypes.PossibleConflict or FindingTypes.ImplausibleJump) ? SeriesVerdicts.PossibleConflict
            : DistinctFigures <= 1 ? SeriesVerdicts.Single
            : SeriesVerdicts.Consistent;
    }

    public SeriesKey Key { get; }
    public string Label { get; }
    public IReadOnlyList<FigurePoint> Points { get; }
    public IReadOnlyList<Finding> Findings { get; }
    public IReadOnlyList<ImpliedRate> Rates { get; }

    /// <summary>How many different figures the series holds: a figure repeated by several claims counts once.</summary>
    public int DistinctFigures { get; }

    /// <summary>
    /// conflict when a conflict was found; possible-conflict when a look-alike series falls or a jump is
    /// implausible; single when the series holds one figure (repeats counted once); else consistent.
    /// </summary>
    public string Verdict { get; }
}
