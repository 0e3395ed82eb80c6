namespace ClaimGraph.Extraction.Time;

/// <summary>How a publication date was settled (the cg:DateMethod individuals).</summary>
public enum DateMethod { FromDateline, FromMetadata, RelativeToAnchor, AfterAnchor, YearUnknown }

/// <summary>A publication date and why: the evidence sentences (the relative mention and the anchor), the anchor and the name that linked them.</summary>
public sealed record PublicationDate(
    DateOnly? Date,
    DateMethod Method,
    string Explanation,
    IReadOnlyList<SentenceRef> Evidence,
    DateOnly? AnchorDate = null,
    string? AnchorFile = null,
    string? EventName = null,
    string? Warning = null);

/// <summary>
/// Settles every article's publication date. The dateline gives month and day; the year, when the
/// dateline leaves it out, comes from (in order): the corpus metadata file; a relative mention in
/// the article ("in October last year") of an event that some article of the corpus dates absolutely
/// ("October 10, 2020"), linked by a shared quoted name or by the same month and day in one article;
/// else the first year that puts the article after an absolutely dated event it names.
/// </summary>
public sealed class PublicationDateResolver(IReadOnlyList<DateEvidence> corpus, IReadOnlyDictionary<string, DateOnly>? metadata = null)
{
    private readonly List<DateAnchor> _anchors = corpus.SelectMany(e => e.Anchors).ToList();

    public PublicationDate Resolve(DateEvidence article)
    {
        var inferred = Infer(article);
        if (metadata is not null && metadata.TryGetValue(article.FileName, out var stated))
        {
            string? warning = inferred.Date is { } d && d != stated
                ? $"metadata says published {stated:yyyy-MM-dd}, but {Describe(inferred)} gives {d:yyyy-MM-dd}; using the metadata"
                : null;
            return new PublicationDate(stated, DateMethod.FromMetadata, $"stated in {CorpusMetadata.FileName}", [], Warning: warning);
        }
        return inferred;
    }

    private static string Describe(PublicationDate p) => p.Method switch
    {
        DateMethod.FromDateline => "the dateline",
        _ => "corpus evidence",
    };

    private PublicationDate Infer(DateEvidence article)
    {
        if (article.Dateline is not { } dateline)
            return new PublicationDate(null, DateMethod.YearUnknown, "no dateline", []);
        if (dateline.Year is { } year)
            return new PublicationDate(new DateOnly(year, dateline.Month, dateline.Day), DateMethod.FromDateline, "the dateline gives the year", []);

        // A relative mention matched to an anchor: the strongest evidence.
        var votes = new Dictionary<int, (int Count, RelativeMention Mention, DateAnchor Anchor, string Name)>();
        foreach (var mention in article.Relatives)
        {
            foreach (var anchor in _anchors)
            {
                if (anchor.Date.Month != mention.Month || mention.Day is { } d && d != anchor.Date.Day) continue;
                string? link = mention.Names.FirstOrDefault(anchor.Names.Contains);
                bool sameArticle = anchor.Sentence.FileName == article.FileName && mention.Day == anchor.Date.Day;
                if (link is null && !sameArticle) continue;
                int candidate = anchor.Date.Year - mention.YearOffset;
                if (!IsValid(candidate, dateline.Month, dateline.Day) || new DateOnly(candidate, dateline.Month, dateline.Day) < anchor.Date) continue;
                votes[candidate] = votes.TryGetValue(candidate, out var v) ? (v.Count + 1, v.Mention, v.Anchor, v.Name) : (1, mention, anchor, link ?? "same date in the article");
            }
        }
        if (votes.Count > 0)
        {
            var (bestYear, best) = votes.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key).First();
            var date = new DateOnly(bestYear, dateline.Month, dateline.Day);
            var rel = best.Mention.YearOffset == -1 ? "last year" : "this year";
            return new PublicationDate(date, DateMethod.RelativeToAnchor,
                $"\"{MonthName(best.Mention.Month)} {rel}\" in {article.FileName} names the event ({best.Name}) that {best.Anchor.Sentence.FileName} dates {best.Anchor.Date:yyyy-MM-dd}, so the article is of {bestYear}",
                [best.Mention.Sentence, best.Anchor.Sentence], best.Anchor.Date, best.Anchor.Sentence.FileName, best.Name);
        }

        // Weaker: the article names an event the corpus dates, so it was published after it.
        DateAnchor? bound = null;
        string? boundName = null;
        foreach (var anchor in _anchors)
        {
            var name = anchor.Names.FirstOrDefault(article.Names.Contains);
            if (name is null) continue;
            if (bound is null || anchor.Date > bound.Date) { bound = anchor; boundName = name; }
        }
        if (bound is not null)
        {
            int y = bound.Date.Year;
            while (!IsValid(y, dateline.Month, dateline.Day) || new DateOnly(y, dateline.Month, dateline.Day) < bound.Date) y++;
            return new PublicationDate(new DateOnly(y, dateline.Month, dateline.Day), DateMethod.AfterAnchor,
                $"{article.FileName} names {boundName}, which {bound.Sentence.FileName} dates {bound.Date:yyyy-MM-dd}; {y} is the first year that puts the article after it",
                [bound.Sentence], bound.Date, bound.Sentence.FileName, boundName);
        }
        return new PublicationDate(null, DateMethod.YearUnknown, "the dateline has no year and the corpus gives no evidence for one", []);
    }

    private static bool IsValid(int year, int month, int day) => year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month);

    private static string MonthName(int month) => System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}
