namespace ClaimGraph.Extraction.Metrics;

/// <summary>How a metric was chosen (the cg:MetricMethod individuals).</summary>
public enum MetricMethod { CatalogNounAndVerb, CatalogNounOnly, MintedFromText }

/// <summary>
/// The metric a claim is filed under. <see cref="Broader"/> is set when the metric refines a catalog
/// or minted metric with a qualifier; <see cref="NeedsDefinition"/> says the metric is not in the
/// catalog, so the article's assertion graph must define it.
/// </summary>
public sealed record MetricChoice(
    string Iri,
    string Label,
    MetricMethod Method,
    decimal Confidence,
    string? Broader,
    string? BroaderLabel,
    string? Qualifier,
    string? MintedKey)
{
    public bool NeedsDefinition => Method == MetricMethod.MintedFromText || Qualifier is not null;
}
