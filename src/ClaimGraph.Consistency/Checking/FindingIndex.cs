using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.Checking;

/// <summary>The findings of one check, found by the claims they rest on, and the implied rates by series.</summary>
internal sealed class FindingIndex
{
    private readonly Dictionary<string, List<Finding>> _byClaim = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Metric, string? Unit), List<ImpliedRate>> _rates = new();

    public int Count { get; private set; }

    public void Add(Finding finding)
    {
        Count++;
        foreach (var claim in finding.Claims.Distinct(StringComparer.Ordinal))
        {
            if (!_byClaim.TryGetValue(claim, out var list)) _byClaim[claim] = list = [];
            list.Add(finding);
        }
    }

    public void AddRate(string metric, string? unit, ImpliedRate rate)
    {
        if (!_rates.TryGetValue((metric, unit), out var list)) _rates[(metric, unit)] = list = [];
        list.Add(rate);
    }

    /// <summary>The findings resting on any of these claims and concerning the metric, each once, in the order found.</summary>
    public IReadOnlyList<Finding> For(string metric, IEnumerable<FigurePoint> points)
    {
        var found = new List<Finding>();
        var seen = new HashSet<Finding>(ReferenceEqualityComparer.Instance);
        foreach (var point in points)
            if (_byClaim.TryGetValue(point.Claim, out var list))
                foreach (var finding in list)
                    if ((finding.Metrics.Count == 0 || finding.Metrics.Contains(metric)) && seen.Add(finding))
                        found.Add(finding);
        return found;
    }

    public IReadOnlyList<ImpliedRate> RatesFor(SeriesKey key) =>
        key.IsCumulative && _rates.TryGetValue((key.Metric, key.Unit), out var list) ? list : [];
}
