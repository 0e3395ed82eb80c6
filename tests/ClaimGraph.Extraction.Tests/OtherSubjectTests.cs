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
    public void A_scale_word_with_plus_or_odd_is_a_bound_on_the_whole_figure()
    {
        var claims = Extract("As of July 14, 54 million-plus counterfeit products had been seized, and some 3 thousand-odd shops were checked.", new DateOnly(2022, 7, 20));
        Assert.Equal(2, claims.Count);
        Assert.Equal((54_000_000m, BoundKind.AtLeast, "54 million-plus"), (claims[0].Quantity.Value, claims[0].Quantity.Bound, claims[0].Quantity.Text));
        Assert.Equal("counterfeit products", claims[0].Frame.NounPhrase);
        Assert.Equal((3_000m, BoundKind.Approx), (claims[1].Quantity.Value, claims[1].Quantity.Bound));
    }

    [Fact]
    public void Measures_get_QUDT_units_and_count_what_follows_of()
    {
        var claims = Extract("Customs officers seized 2,300 kilograms of smuggled frozen meat, and 1.2 million hectares of forest were planted over 35 square kilometres.", new DateOnly(2023, 11, 2));
        Assert.Equal(3, claims.Count);
        Assert.Equal(("kilogram", "http://qudt.org/vocab/unit/KiloGM", "smuggled frozen meat"), (claims[0].Quantity.Unit.Code, claims[0].Quantity.Unit.Iri, claims[0].Frame.NounPhrase));
        Assert.Equal(("hectare", 1_200_000m), (claims[1].Quantity.Unit.Code, claims[1].Quantity.Value));
        Assert.Equal("squareKilometre", claims[2].Quantity.Unit.Code);
    }

    [Fact]
    public void A_participle_before_the_head_belongs_to_the_noun_phrase_and_one_after_it_does_not()
    {
        var claims = Extract("Police dismantled three smuggling gangs and 186 cases involving fraud were solved.", new DateOnly(2023, 11, 2));
        Assert.Equal(("smuggling gangs", "dismantled"), (claims[0].Frame.NounPhrase, claims[0].Frame.Verb));
        Assert.Equal("cases", claims[1].Frame.NounPhrase);
    }

    [Fact]
    public void A_figure_after_a_reporting_verb_takes_the_verb_of_its_own_clause()
    {
        var claim = Assert.Single(Extract("The bureau said about 1,200 volunteers joined the events.", new DateOnly(2023, 3, 12)));
        Assert.Equal(("volunteers", "joined"), (claim.Frame.NounPhrase, claim.Frame.Verb));
        var speakers = Assert.Single(Extract("One-third of the respondents, or 1,500 people, said prices had risen.", new DateOnly(2023, 3, 12)));
        Assert.Equal(("people", null), (speakers.Frame.NounPhrase, speakers.Frame.Verb));   // not "risen": that is what they said
    }

    [Fact]
    public void A_level_verb_takes_its_subject_as_what_the_figure_measures()
    {
        var claims = Extract("Forest coverage in the province had reached 65.04 percent. The number of forest rangers grew to nearly 18,000.", new DateOnly(2023, 3, 12));
        Assert.Equal(("Forest coverage", "reached"), (claims[0].Frame.NounPhrase, claims[0].Frame.Verb));
        Assert.Equal(("forest rangers", BoundKind.AtMost), (claims[1].Frame.NounPhrase, claims[1].Quantity.Bound));
    }

    [Fact]
    public void Ages_are_not_figures_and_time_words_end_the_noun_phrase()
    {
        var claims = Extract("Doses went to 1,500 people aged 60 and above, and volunteers visited 16 villages last weekend.", new DateOnly(2023, 1, 9));
        Assert.Equal([1500m, 16m], claims.Select(c => c.Quantity.Value));
        Assert.Equal("villages", claims[1].Frame.NounPhrase);
    }

    [Fact]
    public void A_change_and_the_level_it_reached_are_two_figures_not_a_range()
    {
        var claims = Extract("Claims rose by 13,000 to 231,000 last week, and continuing claims fell 37,000 to 1.76 million.", new DateOnly(2023, 6, 8));
        Assert.Equal([13_000m, 231_000m, 37_000m, 1_760_000m], claims.Select(c => c.Quantity.Value));
        Assert.All(claims, c => Assert.Equal(BoundKind.Exact, c.Quantity.Bound));
    }

    [Fact]
    public void ISO_dates_are_not_figures_and_present_tense_level_verbs_read_their_subject()
    {
        var claims = Extract("Updated 2021-07-15: Unemployment falls to 3.9% as at least 33 people died.", new DateOnly(2021, 7, 15));
        Assert.Equal([3.9m, 33m], claims.Select(c => c.Quantity.Value));
        Assert.Equal(("Unemployment", "falls"), (claims[0].Frame.NounPhrase, claims[0].Frame.Verb));
        Assert.Equal("died", claims[1].Frame.Verb);
    }

    [Fact]
    public void A_stretch_of_time_is_not_a_figure_and_year_on_year_ends_the_noun_phrase()
    {
        var claims = Extract("PM2.5 averaged 27 micrograms per cubic meter, and good days rose by 1.2 percentage points year on year over the past five years.", new DateOnly(2023, 11, 20));
        Assert.Equal([27m, 1.2m], claims.Select(c => c.Quantity.Value));
        Assert.Equal("microgramPerCubicMetre", claims[0].Quantity.Unit.Code);
        Assert.Equal("good days", claims[1].Frame.NounPhrase);   // the subject of "rose", not "year"
    }

    [Fact]
    public void Relative_times_and_ages_are_not_figures_and_exceeding_is_a_lower_bound()
    {
        var claims = Extract("Three days later, 376,000 people had been evacuated. Children under 14 accounted for nearly 60% of the cases. Sales exceeded 3.7 million units.", new DateOnly(2023, 7, 25));
        Assert.Equal([376_000m, 60m, 3_700_000m], claims.Select(c => c.Quantity.Value));
        Assert.Equal((BoundKind.AtLeast, false, "3.7 million"), (claims[2].Quantity.Bound, claims[2].Quantity.LowerInclusive, claims[2].Quantity.Text));
        Assert.Equal(("Sales", "exceeded"), (claims[2].Frame.NounPhrase, claims[2].Frame.Verb));   // "units" counts what the subject names
    }

    [Fact]
    public void A_compound_duration_is_one_figure_in_its_smallest_unit_and_lengths_have_units()
    {
        var claims = Extract("He won in 2 hours 8 minutes 15 seconds, after a break of 1 hour and 30 minutes, and rainfall reached 617.1 millimeters.", new DateOnly(2023, 4, 9));
        Assert.Equal([(7_695m, "second"), (90m, "minute"), (617.1m, "millimetre")], claims.Select(c => (c.Quantity.Value, c.Quantity.Unit.Code)));
        Assert.Equal("2 hours 8 minutes 15 seconds", claims[0].Quantity.Text);
    }

    [Fact]
    public void An_amount_a_clause_rose_to_or_is_put_at_measures_the_clause_subject()
    {
        var claims = Extract("China's retail sales of consumer goods rose 8.5 percent year on year to 23.6 trillion yuan. Direct economic losses are estimated at 1.22 billion yuan.", new DateOnly(2023, 7, 15));
        Assert.Equal(3, claims.Count);
        Assert.Equal(claims[0].Frame.Head, claims[1].Frame.Head);
        Assert.Equal("retail sale", claims[1].Frame.Compound);
        Assert.Equal("Direct economic losses", claims[2].Frame.NounPhrase);
    }

    [Fact]
    public void A_figure_compared_with_the_one_before_measures_the_same_thing()
    {
        var claims = Extract("Hospitals reported 4,682 flu cases last week, compared with 3,905 the week before. Online retail sales reached 7.16 trillion yuan, up 13.1 percent from a year earlier. The event generated 350 million yuan in tourism revenue, about 20% more than last year.", new DateOnly(2023, 7, 15));
        Assert.Equal(6, claims.Count);
        Assert.Equal(claims[0].Metric.Iri, claims[1].Metric.Iri);
        Assert.Equal(("Online retail sales", "increased"), (claims[3].Frame.NounPhrase, claims[3].Frame.Verb));
        Assert.Equal("tourism revenue", claims[4].Frame.NounPhrase);
        Assert.Equal(("tourism revenue", "increased"), (claims[5].Frame.NounPhrase, claims[5].Frame.Verb));
    }

    [Fact]
    public void The_level_a_change_reached_and_an_amount_a_subject_comes_to_are_read_from_the_clause()
    {
        var claims = Extract("Trade enterprises increased by 31,000 to 530,000. Officials expect full-year trade to exceed 38 trillion yuan.", new DateOnly(2021, 10, 13));
        Assert.Equal(claims[0].Metric.Iri, claims[1].Metric.Iri);
        Assert.Equal(("full-year trade", FigureKind.Forecast), (claims[2].Frame.NounPhrase, claims[2].Time.Kind));
    }

    [Fact]
    public void A_word_after_a_determiner_is_not_the_verb_of_the_figure()
    {
        var claim = Assert.Single(Extract("A record 30,000 runners took part in the marathon.", new DateOnly(2023, 4, 9)));
        Assert.NotEqual("record", claim.Frame.Verb);
    }

    [Fact]
    public void A_figure_the_clause_looks_ahead_to_is_a_forecast_and_a_comparison_base_does_not_date_a_figure()
    {
        var claims = Extract("The commission expects to give up to 5 million doses by the end of the year. About 12.4 million new jobs will be created.\n\nSales exceeded 3.7 million units, 45 percent more than in the same period last year.", new DateOnly(2023, 11, 3));
        Assert.Equal([FigureKind.Forecast, FigureKind.Forecast, FigureKind.Cumulative, FigureKind.Rate], claims.Select(c => c.Time.Kind));
        Assert.Equal(new DateOnly(2023, 12, 31), claims[0].Time.AsOf);
        Assert.Equal(new DateOnly(2023, 11, 3), claims[2].Time.AsOf);   // "last year" is what it is compared with
    }

    [Fact]
    public void Cases_of_something_count_the_same_as_something_cases()
    {
        var claims = Extract("Police investigated 52,000 cases of drunk driving. By September they had investigated 186,000 drunk driving cases.", new DateOnly(2021, 9, 15));
        Assert.Equal("cases of drunk driving", claims[0].Frame.NounPhrase);
        Assert.Equal("drunk driving cases", claims[1].Frame.NounPhrase);
        Assert.Equal(claims[0].Metric.Iri, claims[1].Metric.Iri);
    }

    [Theory]
    [InlineData("Revenue rose to 1.2 trillion yuan in the first 10 months.", 2022, 10, 31)]
    [InlineData("In the first half of the year, 1,258 enterprises were ordered to suspend production.", 2022, 6, 30)]
    [InlineData("During the first three quarters of last year, exports reached 3.1 trillion yuan.", 2021, 9, 30)]
    public void The_first_months_of_a_year_are_a_period_from_January(string sentence, int year, int month, int day)
    {
        var claim = Assert.Single(Extract(sentence, new DateOnly(2022, 12, 1)));
        Assert.Equal((new DateOnly(year, month, day), new DateOnly(year, 1, 1), FigureKind.PeriodTotal), (claim.Time.AsOf, claim.Time.PeriodStart, claim.Time.Kind));
    }

    [Fact]
    public void Code_point_offsets_count_characters_outside_the_BMP_once()
    {
        var claims = Extract("Fans 😀 bought 300 tickets so far.", new DateOnly(2022, 1, 1));
        var claim = Assert.Single(claims);
        Assert.Equal(14, claim.Span.Start);   // "Fans 😀 bought " is 14 code points, 15 UTF-16 units
    }
}
