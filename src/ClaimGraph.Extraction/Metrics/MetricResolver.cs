using System.Text;
using ClaimGraph.Extraction.Claims;

namespace ClaimGraph.Extraction.Metrics;

/// <summary>
/// Chooses a claim's metric: the catalog concept whose noun and verb both match (the most specific
/// noun wins); with no verb in the sentence, the only concept whose noun matches; otherwise a metric
/// minted from the normalised noun and verb, so new subjects still group their figures. A qualifier
/// (“two-card”) refines the chosen metric into a narrower one, so qualified and unqualified series
/// stay apart.
/// </summary>
public sealed class MetricResolver(MetricCatalog catalog)
{
    public const string MetricBase = "https://claimgraph.org/id/metric/";

    public MetricCatalog Catalog { get; } = catalog;

    private static readonly char[] QuoteMarks = ['"', '“', '”'];

    public MetricChoice Resolve(FigureFrame frame)
    {
        var nouns = new List<string>(3);
        if (frame.Compound is not null) nouns.Add(frame.Compound);
        if (frame.Head.Length > 0) nouns.Add(frame.Head);

        string iri, label;
        MetricMethod method;
        decimal confidence;
        string? mintedKey = null;

        var match = frame.VerbKey is null ? null : BestMatch(nouns, frame.VerbKey);
        if (match is not null)
        {
            (iri, label, method, confidence) = (match.Iri, match.Label, MetricMethod.CatalogNounAndVerb, 0.9m);
        }
        else if (frame.VerbKey is null && NounOnlyMatch(nouns) is { } nounMatch)
        {
            (iri, label, method, confidence) = (nounMatch.Iri, nounMatch.Label, MetricMethod.CatalogNounOnly, 0.6m);
        }
        else
        {
            var noun = frame.Compound ?? frame.Head;
            mintedKey = frame.VerbKey is null ? noun : noun.Length == 0 ? frame.VerbKey : noun + " " + frame.VerbKey;
            if (mintedKey.Length == 0) mintedKey = "unspecified";
            iri = MetricBase + "minted/" + Slug(mintedKey);
            label = (frame.NounPhrase.Length > 0 ? frame.NounPhrase.Trim(QuoteMarks) : "amount") + (frame.Verb is null ? "" : " " + frame.Verb);
            method = MetricMethod.MintedFromText;
            confidence = frame.Verb is null || frame.Head.Length == 0 ? 0.3m : 0.5m;
        }

        if (frame.Qualifier is null) return new MetricChoice(iri, label, method, confidence, null, null, null, mintedKey);
        return new MetricChoice(iri + "/" + Slug(frame.Qualifier), $"“{frame.Qualifier}” {label}", method,
            frame.QualifierInherited ? confidence - 0.1m : confidence, iri, label, frame.Qualifier, mintedKey);
    }

    private MetricConcept? BestMatch(List<string> nouns, string verbKey)
    {
        foreach (var noun in nouns)   // most specific first
            foreach (var concept in Catalog.Concepts)
                if (concept.Nouns.Contains(noun) && concept.Verbs.Contains(verbKey)) return concept;
        return null;
    }

    private MetricConcept? NounOnlyMatch(List<string> nouns)
    {
        foreach (var noun in nouns)
        {
            var hits = Catalog.Concepts.Where(c => c.Nouns.Contains(noun)).ToList();
            if (hits.Count == 1) return hits[0];
            if (hits.Count > 1) return null;   // ambiguous: "suspects" alone could be arrested or investigated
        }
        return null;
    }

    /// <summary>Lower-case letters, digits and single dashes: "two card" -> "two-card".</summary>
    public static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-') is { Length: > 0 } s ? s : "x";
    }
}
