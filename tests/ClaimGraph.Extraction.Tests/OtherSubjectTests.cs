using ClaimGraph.Extraction.Articles;
using ClaimGraph.Extraction.Metrics;
using ClaimGraph.Extraction.Quantities;
using ClaimGraph.Extraction.Time;

namespace ClaimGraph.Extraction.Tests;

/// <summary>Invented sentences on other subjects: the rules are general, not tuned to the seed texts.</summary>
public sealed class OtherSubjectTests
{
    private static readonly ArticleExtractor Extractor = new(new MetricResolver(MetricCatalogLoader.BuiltIn()));

    private static List<Claims.ExtractedClaim> Extract(string text, DateOnly published)
    {
        var article = new ArticleReader().Read("t.txt", text);
        return Extractor.Extract(article, new PublicationDate(published, DateMethod.FromMetadata, "test", [])).Claims.ToList();
    }

    [Fact]
    public void Economy_figures_with_money_percentages_and_bounds()
    {
        var claims = Extract("Exports rose 4.5% in 2023 to about $3.38 trillion, while nearly 12 million jobs were created. The hotline 12345 opened at 9 a.m. on May 5.", new DateOnly(2024, 1, 15));
        Assert.Equal(3, claims.Count);
        Assert.Equal((4.5m, "percent", BoundKind.Exact), (claims[0].Quantity.Value, claims[0].Quantity.Unit.Code, claims[0].Quantity.Bound));
        Assert.Equal(new DateOnly(2023, 12, 31), claims[0].Time.AsOf);
        Assert.Equal((3_380_000_000_000m, "USD", BoundKind.Approx), (claims[1].Quantity.Value, claims[1].Quantity.Unit.Code, claims[1].Quantity.Bound));
        Assert.Equal((12_000_000m, BoundKind.AtMost), (claims[2].Quantity.Value, claims[2].Quantity.Bound));
        Assert.Equal("https://claimgraph.org/id/metric/jobs-created", claims[2].Metric.Iri);
    }

    [Fact]
    public void Health_figures_with_number_words_ranges_and_a_minted_metric()
    {
        var claims = Extract("As of the end of March, twenty-three patients had been discharged and 5-10 beds remain free. So far, at least 1,200 vaccine doses have been administered.", new DateOnly(2022, 4, 10));
        Assert.Equal(3, claims.Count);
        Assert.Equal((23m, new DateOnly(2022, 3, 31)), (claims[0].Quantity.Value, claims[0].Time.AsOf));
        Assert.Contains("minted", claims[0].Metric.Iri);
        Assert.Equal((5m, 10m, BoundKind.Range), (claims[1].Quantity.Value, claims[1].Quantity.ValueHigh, claims[1].Quantity.Bound));
        Assert.Equal((1200m, BoundKind.AtLeast, true), (claims[2].Quantity.Value, claims[2].Quantity.Bound, claims[2].Quantity.LowerInclusive));
        Assert.Equal("https://claimgraph.org/id/metric/vaccinations", claims[2].Metric.Iri);
        Assert.Equal(new DateOnly(2022, 4, 10), claims[2].Time.AsOf);
    }

    [Fact]
    public void Code_point_offsets_count_characters_outside_the_BMP_once()
    {
        var claims = Extract("Fans 😀 bought 300 tickets so far.", new DateOnly(2022, 1, 1));
        var claim = Assert.Single(claims);
        Assert.Equal(14, claim.Span.Start);   // "Fans 😀 bought " is 14 code points, 15 UTF-16 units
    }
}
