namespace ClaimGraph.Consistency.RuleChecks;

/// <summary>
/// Which metrics look like one series, by the rule of possible-conflicts.rq: they share a broader
/// concept, or one's preferred label is a label (preferred or alternative) of the other, compared
/// without case. Built from the rows of metric-vocabulary.rq.
/// </summary>
internal sealed class LookAlikeMetrics
{
    public const string SharedBroader = "they share the broader concept";
    public const string SharedLabel = "they share a label";

    private const string Skos = "http://www.w3.org/2004/02/skos/core#";

    /// <summary>A metric that looks like another, and why.</summary>
    public sealed record Partner(string Metric, string Why);

    private readonly Dictionary<string, List<Partner>> _partners = new(StringComparer.Ordinal);

    public static LookAlikeMetrics None { get; } = new([]);

    /// <param name="vocabulary">(metric, relation IRI, value) rows: skos:prefLabel, skos:altLabel and skos:broader.</param>
    public LookAlikeMetrics(IEnumerable<(string Metric, string Relation, string Value)> vocabulary)
    {
        var byBroader = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var byPreferred = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var byAnyLabel = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (metric, relation, value) in vocabulary)
        {
            if (relation == Skos + "broader") Add(byBroader, value, metric);
            else
            {
                var name = value.ToLowerInvariant();
                Add(byAnyLabel, name, metric);
                if (relation == Skos + "prefLabel") Add(byPreferred, name, metric);
            }
        }
        var pairs = new HashSet<(string, string, string)>();
        foreach (var family in byBroader.Values)
            foreach (var a in family)
                foreach (var b in family)
                    pairs.Add((a, b, SharedBroader));
        foreach (var (name, preferred) in byPreferred)
            foreach (var a in preferred)
                foreach (var b in byAnyLabel[name])
                {
                    pairs.Add((a, b, SharedLabel));
                    pairs.Add((b, a, SharedLabel));
                }
        foreach (var (a, b, why) in pairs.Where(p => p.Item1 != p.Item2))
            (_partners.TryGetValue(a, out var list) ? list : _partners[a] = []).Add(new Partner(b, why));
    }

    public bool HasPartners(string metric) => _partners.ContainsKey(metric);

    /// <summary>The metrics that look like this one (each with every reason that holds).</summary>
    public IReadOnlyList<Partner> PartnersOf(string metric) => _partners.TryGetValue(metric, out var list) ? list : [];

    private static void Add(Dictionary<string, HashSet<string>> index, string key, string metric)
    {
        if (!index.TryGetValue(key, out var set)) index[key] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(metric);
    }
}
