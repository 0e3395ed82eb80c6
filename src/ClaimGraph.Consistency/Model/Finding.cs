namespace ClaimGraph.Consistency.Model;

/// <summary>What a finding says about the figures it rests on. The string forms are the JSON and RDF names.</summary>
public static class FindingTypes
{
    /// <summary>A cumulative figure falls below an earlier one, or two totals for one period disagree.</summary>
    public const string Conflict = "conflict";

    /// <summary>Figures filed under two metrics that look like one series fall.</summary>
    public const string PossibleConflict = "possible-conflict";

    /// <summary>The rate implied between two consecutive figures is not believable.</summary>
    public const string ImplausibleJump = "implausible-jump";

    /// <summary>One figure given by several claims; it counts once.</summary>
    public const string Corroboration = "corroboration";

    /// <summary>An older figure given again for a later date.</summary>
    public const string Stale = "stale";
}

/// <summary>A finding about a series: its type, the rule that produced it, the claims it rests on and an explanation in words.</summary>
public sealed record Finding(string Type, string Rule, IReadOnlyList<string> Claims, string Explanation)
{
    /// <summary>The metric whose series the finding belongs to; a possible conflict belongs to both metrics' series.</summary>
    public IReadOnlyList<string> Metrics { get; init; } = [];
}
