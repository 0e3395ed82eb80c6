using System.Globalization;
using System.Text.Json;
using ClaimGraph.Extraction.Claims;
using ClaimGraph.Extraction.Quantities;
using Xunit.Abstractions;

namespace ClaimGraph.Extraction.Tests;

/// <summary>
/// Holds the extractor to the hand annotation in Gold/seed-gold.json. A found claim matches a gold
/// figure when their spans overlap and the values agree; precision, recall and the share of matched
/// claims with the right bound, unit and as-of date are computed and asserted against the targets.
/// </summary>
public sealed class GoldAccuracyTests(SeedCorpus seed, ITestOutputHelper output) : IClassFixture<SeedCorpus>
{
    private sealed record GoldClaim(string File, string Text, int Start, int End, decimal Value, decimal? ValueHigh, string Bound, string Unit, DateOnly AsOf, string Kind, string? Series);

    private static readonly (Dictionary<string, DateOnly> Published, List<GoldClaim> Claims) Gold = LoadGold();

    private static (Dictionary<string, DateOnly>, List<GoldClaim>) LoadGold()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gold", "seed-gold.json")));
        var published = new Dictionary<string, DateOnly>();
        var claims = new List<GoldClaim>();
        foreach (var article in doc.RootElement.GetProperty("articles").EnumerateArray())
        {
            var file = article.GetProperty("file").GetString()!;
            published[file] = DateOnly.Parse(article.GetProperty("published").GetString()!, CultureInfo.InvariantCulture);
            foreach (var c in article.GetProperty("claims").EnumerateArray())
                claims.Add(new GoldClaim(file, c.GetProperty("text").GetString()!, c.GetProperty("start").GetInt32(), c.GetProperty("end").GetInt32(),
                    c.GetProperty("value").GetDecimal(), c.TryGetProperty("valueHigh", out var vh) ? vh.GetDecimal() : null,
                    c.GetProperty("bound").GetString()!, c.GetProperty("unit").GetString()!,
                    DateOnly.Parse(c.GetProperty("asOf").GetString()!, CultureInfo.InvariantCulture), c.GetProperty("kind").GetString()!,
                    c.TryGetProperty("series", out var s) ? s.GetString() : null));
        }
        return (published, claims);
    }

    private List<(GoldClaim Gold, ExtractedClaim Found)> Matches() =>
        (from article in seed.Articles
         from found in article.Claims
         from gold in Gold.Claims
         where gold.File == article.Article.FileName && found.Span.Start < gold.End && gold.Start < found.Span.End && found.Quantity.Value == gold.Value
         select (gold, found)).ToList();

    private static string BoundName(BoundKind b) => b switch
    {
        BoundKind.Exact => "exact", BoundKind.AtLeast => "atLeast", BoundKind.AtMost => "atMost", BoundKind.Approx => "approx", _ => "range",
    };

    [Fact]
    public void Claim_detection_F1_is_at_least_0_95()
    {
        var matches = Matches();
        int found = seed.Articles.Sum(a => a.Claims.Count);
        int truePositives = matches.Select(m => m.Gold).Distinct().Count();
        double precision = (double)matches.Select(m => m.Found).Distinct().Count() / found;
        double recall = (double)truePositives / Gold.Claims.Count;
        double f1 = 2 * precision * recall / (precision + recall);
        output.WriteLine($"gold {Gold.Claims.Count}, found {found}, matched {truePositives}: precision {precision:0.000}, recall {recall:0.000}, F1 {f1:0.000}");
        foreach (var missed in Gold.Claims.Where(g => matches.All(m => m.Gold != g))) output.WriteLine($"missed: {missed.File} {missed.Text} @{missed.Start}");
        foreach (var extra in seed.Articles.SelectMany(a => a.Claims).Where(c => matches.All(m => m.Found != c))) output.WriteLine($"extra: {extra.Quantity.Text} @{extra.Span.Start}");
        Assert.True(f1 >= 0.95, $"F1 {f1:0.000} < 0.95");
    }

    [Fact]
    public void Spans_of_matched_claims_are_the_gold_spans()
    {
        var matches = Matches();
        double exact = (double)matches.Count(m => m.Found.Span.Start == m.Gold.Start && m.Found.Span.End == m.Gold.End) / matches.Count;
        output.WriteLine($"exact spans: {exact:P1}");
        Assert.True(exact >= 0.95, $"only {exact:P1} of spans are exact");
    }

    [Fact]
    public void Bound_and_unit_are_right_for_at_least_95_percent()
    {
        var matches = Matches();
        var right = matches.Where(m => BoundName(m.Found.Quantity.Bound) == m.Gold.Bound && m.Found.Quantity.Unit.Code == m.Gold.Unit
                                       && m.Found.Quantity.ValueHigh == m.Gold.ValueHigh).ToList();
        double share = (double)right.Count / matches.Count;
        output.WriteLine($"bound and unit right: {right.Count}/{matches.Count} = {share:P1}");
        foreach (var m in matches.Except(right)) output.WriteLine($"wrong: {m.Gold.Text}: {BoundName(m.Found.Quantity.Bound)} {m.Found.Quantity.Unit.Code}, gold {m.Gold.Bound} {m.Gold.Unit}");
        Assert.True(share >= 0.95, $"{share:P1} < 95%");
    }

    [Fact]
    public void As_of_date_is_right_for_at_least_90_percent()
    {
        var matches = Matches();
        var right = matches.Where(m => m.Found.Time.AsOf == m.Gold.AsOf).ToList();
        double share = (double)right.Count / matches.Count;
        output.WriteLine($"as-of right: {right.Count}/{matches.Count} = {share:P1}");
        foreach (var m in matches.Except(right)) output.WriteLine($"wrong: {m.Gold.File} {m.Gold.Text}: {m.Found.Time.AsOf}, gold {m.Gold.AsOf}");
        Assert.True(share >= 0.90, $"{share:P1} < 90%");
    }

    [Fact]
    public void Every_publication_date_is_right()
    {
        foreach (var article in seed.Articles)
        {
            output.WriteLine($"{article.Article.FileName}: {article.Published.Date} ({article.Published.Method}) {article.Published.Explanation}");
            Assert.Equal(Gold.Published[article.Article.FileName], article.Published.Date);
        }
    }

    [Fact]
    public void The_four_two_card_gang_figures_share_one_metric()
    {
        var metrics = Matches().Where(m => m.Gold.Series == "two-card-gangs").Select(m => m.Found.Metric.Iri).ToList();
        Assert.Equal(4, metrics.Count);
        Assert.Single(metrics.Distinct());
    }

    [Fact]
    public void Each_gold_series_is_one_metric_and_different_series_stay_apart()
    {
        var bySeries = Matches().Where(m => m.Gold.Series is not null).GroupBy(m => m.Gold.Series!)
            .ToDictionary(g => g.Key, g => g.Select(m => (m.Found.Metric.Iri, m.Found.Time.Kind)).Distinct().ToList());
        foreach (var (series, keys) in bySeries)
        {
            output.WriteLine($"{series}: {string.Join(", ", keys)}");
            Assert.Single(keys.Select(k => k.Iri).Distinct());
        }
        // 361,000 suspects arrested in all of 2020 is not the "two-card" series; a one-day operation is not a campaign total.
        Assert.NotEqual(bySeries["all-suspects-2020"][0], bySeries["two-card-suspects"][0]);
        Assert.NotEqual(bySeries["suspects-arrested-operation"][0], bySeries["two-card-suspects"][0]);
    }

    [Fact]
    public void A_repeated_sentence_gives_one_claim_seen_twice()
    {
        var article = seed.Articles.Single(a => a.Article.FileName.StartsWith("002_", StringComparison.Ordinal));
        var claim = Assert.Single(article.Claims, c => c.Quantity.Value == 108000);
        Assert.Equal(2, claim.Sentences.Count);
    }
}
