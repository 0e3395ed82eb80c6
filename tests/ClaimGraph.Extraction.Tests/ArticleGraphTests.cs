using ClaimGraph.Extraction.Rdf;
using ClaimGraph.Rdf.Model;
using static ClaimGraph.Extraction.Rdf.CgVocab;

namespace ClaimGraph.Extraction.Tests;

/// <summary>The shape of the quads an article maps to, checked on the five seed articles.</summary>
public sealed class ArticleGraphTests(SeedCorpus seed) : IClassFixture<SeedCorpus>
{
    private static readonly DateTimeOffset IngestedAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_quote_selector_quotes_its_position_and_has_prefix_and_suffix_only_where_the_exact_text_repeats()
    {
        int unique = 0, repeated = 0;
        foreach (var extracted in seed.Articles)
        {
            var quads = ArticleGraphBuilder.Build(extracted, IngestedAt);
            string text = extracted.Article.Text;
            var codePoints = text.EnumerateRunes().ToArray();
            foreach (var selected in quads.Where(q => q.Predicate == Oa.HasSelector).GroupBy(q => q.Subject))
            {
                var position = selected.Select(q => q.Object).Single(s => TypeOf(quads, s) == Oa.TextPositionSelector);
                var quote = selected.Select(q => q.Object).Single(s => TypeOf(quads, s) == Oa.TextQuoteSelector);
                int start = int.Parse(Value(quads, position, Oa.Start)!), end = int.Parse(Value(quads, position, Oa.End)!);
                string exact = Value(quads, quote, Oa.Exact)!;
                Assert.Equal(string.Concat(codePoints[start..end].Select(r => r.ToString())), exact);

                bool repeats = Occurrences(text, exact) > 1;
                Assert.Equal(repeats, Value(quads, quote, Oa.Prefix) is not null);
                Assert.Equal(repeats, Value(quads, quote, Oa.Suffix) is not null);
                if (repeats) repeated++; else unique++;
            }
        }
        Assert.True(unique > 0 && repeated > 0, $"both kinds of quote are exercised ({unique} unique, {repeated} repeated)");
    }

    [Fact]
    public void A_claims_time_is_an_owl_time_instant_for_one_day_and_a_proper_interval_for_a_period()
    {
        int instants = 0, intervals = 0;
        foreach (var extracted in seed.Articles)
        {
            var quads = ArticleGraphBuilder.Build(extracted, IngestedAt);
            foreach (var claim in extracted.Claims.Where(c => c.Time.AsOf is not null))
            {
                var iri = ClaimIri(ArticleIri(extracted.Article.ContentHash), claim.Span.Start, claim.Span.End);
                var when = quads.Single(q => q.Subject == iri && q.Predicate == OwlTime.HasTime).Object;
                var type = TypeOf(quads, when);
                var begin = claim.Time.PeriodStart ?? claim.Time.AsOf!.Value;
                var end = claim.Time.PeriodEnd ?? claim.Time.AsOf!.Value;
                if (begin == end)
                {
                    Assert.Equal(OwlTime.Instant, type);
                    Assert.Equal(Iso(end), Value(quads, when, OwlTime.InXSDDate));
                    instants++;
                }
                else
                {
                    Assert.Equal(OwlTime.ProperInterval, type);
                    var beginning = quads.Single(q => q.Subject == when && q.Predicate == OwlTime.HasBeginning).Object;
                    var ending = quads.Single(q => q.Subject == when && q.Predicate == OwlTime.HasEnd).Object;
                    Assert.Equal(Iso(begin), Value(quads, beginning, OwlTime.InXSDDate));
                    Assert.Equal(Iso(end), Value(quads, ending, OwlTime.InXSDDate));
                    intervals++;
                }
            }
        }
        Assert.True(instants > 0 && intervals > 0, $"both kinds of time are exercised ({instants} instants, {intervals} intervals)");
    }

    private static Term TypeOf(List<Quad> quads, Term subject) => quads.Single(q => q.Subject == subject && q.Predicate == Vocab.Rdf.Type).Object;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The lexical form of the one object of (subject, predicate), or null when there is none.</summary>
    private static string? Value(List<Quad> quads, Term subject, Iri predicate) =>
        quads.Where(q => q.Subject == subject && q.Predicate == predicate).Select(q => ((Literal)q.Object).Lexical).SingleOrDefault();

    private static int Occurrences(string text, string exact)
    {
        int count = 0;
        for (int at = text.IndexOf(exact, StringComparison.Ordinal); at >= 0; at = text.IndexOf(exact, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
