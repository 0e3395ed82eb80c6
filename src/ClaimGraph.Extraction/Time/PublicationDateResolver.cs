namespace ClaimGraph.Extraction.Time;

/// <summary>How a publication date was settled (the cg:DateMethod individuals).</summary>
public enum DateMethod { FromDateline, FromMetadata, RelativeToAnchor, AfterAnchor, AfterYearsReported, YearUnknown }

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
/// ("October 10, 2020"), or that an earlier ingest run stored, linked by a shared quoted name or by
/// the same month and day in one article;
/// else the first year that puts the article after an absolutely dated event it names; else the first
/// year that puts it after every period it reports on ("in the first half of 2023" in a July article).
/// </summary>
public sealed class PublicationDateResolver
{
    private readonly IReadOnlyDictionary<string, DateOnly>? _metadata;
    private readonly AnchorIndex _anchors;

    /// <param name="corpus">The evidence of the articles at hand, in corpus order.</param>
    /// <param name="metadata">Publication dates the corpus metadata file states, by file name.</param>
    /// <param name="earlierAnchors">Anchors of articles ingested before (<see cref="StoredAnchors"/>), counted after the corpus's own.</param>
    public PublicationDateResolver(IReadOnlyList<DateEvidence> corpus, IReadOnlyDictionary<string, DateOnly>? metadata = null, IEnumerable<DateAnchor>? earlierAnchors = null)
    {
        _metadata = metadata;
        _anchors = new AnchorIndex(corpus.SelectMany(e => e.Anchors).Concat(earlierAnchors ?? []));
    }

    public PublicationDate Resolve(DateEvidence article)
    {
        var inferred = Infer(article);
        if (_metadata is not null && _metadata.TryGetValue(article.FileName, out var stated))
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
            return IsValid(year, dateline.Month, dateline.Day)
                ? new PublicationDate(new DateOnly(year, dateline.Month, dateline.Day), DateMethod.FromDateline, "the dateline gives the year", [])
                : new PublicationDate(null, DateMethod.YearUnknown, $"the dateline's date \"{dateline.Text}\" does not exist", []);

        // A relative mention matched to an anchor: the strongest evidence. Every matching anchor is a
        // vote for a year; each year keeps the first mention and anchor (corpus order) that voted for it.
        var votes = new Dictionary<int, (int Count, RelativeMention Mention, DateAnchor Anchor, string Name)>();
        foreach (var mention in article.Relatives)
        {
            var firstVotes = new Dictionary<int, (int Count, int Order, DateAnchor Anchor, string Name)>();
            void Vote(DateAnchor anchor, int order, int count, string name)
            {
                int candidate = anchor.Date.Year - mention.YearOffset;
                if (!IsValid(candidate, dateline.Month, dateline.Day) || new DateOnly(candidate, dateline.Month, dateline.Day) < anchor.Date) return;
                firstVotes[candidate] = firstVotes.TryGetValue(candidate, out var v)
                    ? (v.Count + count, Math.Min(v.Order, order), order < v.Order ? anchor : v.Anchor, order < v.Order ? name : v.Name)
                    : (count, order, anchor, name);
            }
            foreach (var group in _anchors.SharingAName(mention))
                Vote(group.First, group.Order, group.Count, mention.Names.First(group.Names.Contains));
            foreach (var (anchor, order) in _anchors.InFile(article.FileName))
                if (anchor.Date.Month == mention.Month && mention.Day == anchor.Date.Day && !mention.Names.Any(anchor.Names.Contains))
                    Vote(anchor, order, 1, "same date in the article");
            foreach (var (candidate, found) in firstVotes)
                votes[candidate] = votes.TryGetValue(candidate, out var v) ? (v.Count + found.Count, v.Mention, v.Anchor, v.Name) : (found.Count, mention, found.Anchor, found.Name);
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
        if (_anchors.LatestNamedIn(article.Names) is { } bound)
        {
            var boundName = bound.Names.First(article.Names.Contains);
            int y = bound.Date.Year;
            while (!IsValid(y, dateline.Month, dateline.Day) || new DateOnly(y, dateline.Month, dateline.Day) < bound.Date) y++;
            return new PublicationDate(new DateOnly(y, dateline.Month, dateline.Day), DateMethod.AfterAnchor,
                $"{article.FileName} names {boundName}, which {bound.Sentence.FileName} dates {bound.Date:yyyy-MM-dd}; {y} is the first year that puts the article after it",
                [bound.Sentence], bound.Date, bound.Sentence.FileName, boundName);
        }

        // Weakest: the article reports on periods of a year it names, so it came out after the last of them ended.
        if (article.Years.Count > 0)
        {
            var last = article.Years.MaxBy(y => y.PeriodEnd)!;
            int y = last.Year;
            while (!IsValid(y, dateline.Month, dateline.Day) || new DateOnly(y, dateline.Month, dateline.Day) <= last.PeriodEnd) y++;
            return new PublicationDate(new DateOnly(y, dateline.Month, dateline.Day), DateMethod.AfterYearsReported,
                $"{article.FileName} reports on a period that ends {last.PeriodEnd:yyyy-MM-dd}; {y} is the first year that puts the article after it",
                [last.Sentence], Warning: $"publication year {y} inferred from the years the article reports on (weak evidence; a metadata file can state it)");
        }
        return new PublicationDate(null, DateMethod.YearUnknown, "the dateline has no year and the corpus gives no evidence for one", []);
    }

    private static bool IsValid(int year, int month, int day) => year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month);

    private static string MonthName(int month) => System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}
