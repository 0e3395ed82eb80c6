using ClaimGraph.Extraction.Articles;
using ClaimGraph.Extraction.Time;

namespace ClaimGraph.Extraction.Tests;

public class PublicationDateTests
{
    private static DateEvidence Evidence(string file, string text) => DateEvidence.From(new ArticleReader().Read(file, text));

    [Fact]
    public void A_relative_mention_takes_its_year_from_the_first_article_that_dates_the_named_event()
    {
        var corpus = new List<DateEvidence>
        {
            Evidence("a.txt", "Xinhua, Beijing, October 11. The “Card Broken” operation was launched on October 10, 2020. Police arrested 100 suspects."),
            Evidence("b.txt", "Xinhua, Beijing, October 12. Since the “Card Broken” operation began on October 10, 2020, police arrested 200 suspects."),
            Evidence("c.txt", "Xinhua, Beijing, February 4. Since the “Card Broken” operation in October last year, police arrested 900 suspects."),
            Evidence("d.txt", "Xinhua, Beijing, March 1. The “Card Broken” operation goes on. Police arrested 1,000 suspects."),
            Evidence("e.txt", "Xinhua, Beijing, March 1. Police arrested 1,000 suspects in the “Net Clean” operation."),
        };
        var dates = new PublicationDateResolver(corpus);

        var relative = dates.Resolve(corpus[2]);
        Assert.Equal(new DateOnly(2021, 2, 4), relative.Date);
        Assert.Equal(DateMethod.RelativeToAnchor, relative.Method);
        Assert.Equal("a.txt", relative.AnchorFile);
        Assert.Equal("broken card", relative.EventName);

        var after = dates.Resolve(corpus[3]);
        Assert.Equal(new DateOnly(2021, 3, 1), after.Date);
        Assert.Equal(DateMethod.AfterAnchor, after.Method);

        // an anchor's own article is dated after it too
        Assert.Equal(new DateOnly(2020, 10, 11), dates.Resolve(corpus[0]).Date);
        Assert.Equal(DateMethod.YearUnknown, dates.Resolve(corpus[4]).Method);
    }

    [Theory]
    [InlineData("Xinhua, Beijing, July 15. Retail sales rose 8.5 percent in the first half of 2023.", 2023)]
    [InlineData("Xinhua, Beijing, November 3. In 2022, the province recorded 41,300 flu cases throughout the year.", 2023)]
    [InlineData("Xinhua, Beijing, March 9. Exports in February 2023 rose 4 percent. The city will plant 1 million trees by 2030.", 2023)]
    public void Without_other_evidence_the_year_is_the_first_after_the_periods_the_article_reports_on(string text, int year)
    {
        var article = Evidence("a.txt", text);
        var resolved = new PublicationDateResolver([article]).Resolve(article);
        Assert.Equal((year, DateMethod.AfterYearsReported), (resolved.Date!.Value.Year, resolved.Method));
        Assert.NotNull(resolved.Warning);
        Assert.Single(resolved.Evidence);
    }

    [Fact]
    public void Each_article_that_dates_an_event_is_one_vote_and_the_year_with_most_votes_wins()
    {
        var corpus = new List<DateEvidence>();
        for (int i = 0; i < 3; i++)
            corpus.Add(Evidence($"new{i}.txt", "Xinhua, Beijing, May 2. The “Sky Net” action started on March 5, 2021."));
        corpus.Add(Evidence("old.txt", "Xinhua, Beijing, May 2. The “Sky Net” action started on March 5, 2019."));
        corpus.Add(Evidence("z.txt", "Xinhua, Beijing, January 9. Since the “Sky Net” action in March last year, 12 gangs were broken up."));
        var dates = new PublicationDateResolver(corpus);

        var resolved = dates.Resolve(corpus[^1]);
        Assert.Equal(new DateOnly(2022, 1, 9), resolved.Date);
        Assert.Equal("new0.txt", resolved.AnchorFile);
    }

    [Theory]
    [InlineData("Published: 2021-07-15\n\nFlood relief goes on. At least 33 people have died.", 2021, 7, 15)]
    [InlineData("Date: March 12, 2023\n\nExports rose 4.5% to $3.38 trillion.", 2023, 3, 12)]
    [InlineData("BEIJING, March 12, 2023 (Reuters) - Exports rose 4.5%.", 2023, 3, 12)]
    public void A_date_header_or_a_dateline_with_a_year_dates_the_article(string text, int year, int month, int day)
    {
        var evidence = Evidence("h.txt", text);
        var date = new PublicationDateResolver([evidence]).Resolve(evidence);
        Assert.Equal((new DateOnly(year, month, day), DateMethod.FromDateline), (date.Date, date.Method));
    }

    [Fact]
    public void A_dateline_date_that_does_not_exist_leaves_the_date_unknown_instead_of_failing()
    {
        var evidence = Evidence("x.txt", "Xinhua, Beijing, February 30, 2023. Police arrested 100 suspects.");
        Assert.Equal(DateMethod.YearUnknown, new PublicationDateResolver([evidence]).Resolve(evidence).Method);
    }
}
