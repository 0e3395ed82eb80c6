namespace ClaimGraph.Consistency.Model;

/// <summary>The verdict rules (README, "Verdict rules"), as IRIs that stored verdicts point to with cg:rule.</summary>
public static class Rules
{
    public const string Namespace = "https://claimgraph.org/ns#";

    /// <summary>A cumulative total never falls: a later upper bound below an earlier lower bound is a conflict.</summary>
    public const string CumulativeNeverFalls = Namespace + "CumulativeNeverFalls";

    /// <summary>Two metrics that look like one series are checked as one; a fall is a possible conflict.</summary>
    public const string LookAlikeSeriesNeverFall = Namespace + "LookAlikeSeriesNeverFall";

    /// <summary>Totals for the same period must overlap.</summary>
    public const string OnePeriodOneTotal = Namespace + "OnePeriodOneTotal";

    /// <summary>The rate implied between consecutive figures must be believable.</summary>
    public const string PlausibleRate = Namespace + "PlausibleRate";

    /// <summary>A figure given by several claims counts once, as corroboration.</summary>
    public const string RepeatCountsOnce = Namespace + "RepeatCountsOnce";

    /// <summary>An older figure repeated for a later date is stale, not a new reading.</summary>
    public const string StaleRepeat = Namespace + "StaleRepeat";

    /// <summary>The verdict on a whole series, from its findings.</summary>
    public const string SeriesVerdict = Namespace + "SeriesVerdict";
}
