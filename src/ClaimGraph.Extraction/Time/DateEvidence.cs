using System.Globalization;
using System.Text.RegularExpressions;
using ClaimGraph.Extraction.Articles;
using ClaimGraph.Extraction.Lexing;

namespace ClaimGraph.Extraction.Time;

/// <summary>A sentence of some article, by file, content hash and code point span: enough to name its IRI.</summary>
public sealed record SentenceRef(string FileName, string ContentHash, int Start, int End, string Text);

/// <summary>An event dated absolutely: "the national “Card Broken” action on October 10, 2020".</summary>
public sealed record DateAnchor(DateOnly Date, IReadOnlySet<string> Names, SentenceRef Sentence);

/// <summary>An event dated relative to publication: "the “Card Broken” operation in October last year" (YearOffset -1).</summary>
public sealed record RelativeMention(int Month, int? Day, int YearOffset, IReadOnlySet<string> Names, SentenceRef Sentence);

/// <summary>A year the article reports on as past, and the last day of the period it names: "in the first half of 2023" (2023-06-30).</summary>
public sealed record YearMention(int Year, DateOnly PeriodEnd, SentenceRef Sentence);

/// <summary>
/// What one article says that can date it or other articles: its dateline, absolute dates with the
/// names of the events they date, relative dates, years it reports on, and every quoted name it uses.
/// Small, so a whole corpus of these fits in memory before the articles themselves are processed.
/// </summary>
public sealed partial record DateEvidence(
    string FileName,
    string ContentHash,
    Dateline? Dateline,
    IReadOnlyList<DateAnchor> Anchors,
    IReadOnlyList<RelativeMention> Relatives,
    IReadOnlySet<string> Names,
    IReadOnlyList<YearMention> Years)
{
    private const string Month = @"(?<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)";

    [GeneratedRegex(Month + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,\s*(?<y>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AbsoluteDate();

    [GeneratedRegex(@"\b(?:in|on|since|from|of)\s+" + Month + @"(?:\s+(?<d>\d{1,2})(?:st|nd|rd|th)?)?,?\s+(?<rel>last|this)\s+year\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDate();

    /// <summary>
    /// A year named as a period or in a date: "in 2022", "of 2023", "the first half of 2023", "the first three quarters
    /// of 2021", "the first 10 months of 2022", "March 2023", "March 12, 2023".
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:the\s+)?first\s+(?:(?<half>half)|(?<quarters>quarter|two\s+quarters|three\s+quarters)|(?<months>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months)\s+of\s+|"
                    + Month + @"\s+(?:(?<d>\d{1,2})(?:st|nd|rd|th)?,\s*)?|(?:in|of|for|during|throughout)\s+)(?<y>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearPeriod();

    /// <summary>Words that make a sentence look ahead ("will", "by 2025", "plans to"): the years it names are not reported on.</summary>
    [GeneratedRegex(@"\b(?:will|shall|plans?|planned|aims?|aimed|targets?|goal|expects?|expected|forecasts?|projected|by\s+(?:19|20)\d\d|until|next\s+year)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SentenceLooksAhead();

    [GeneratedRegex(@"[“""‘](?<name>[^“”""‘’]{2,60})[”""’]", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedName();

    public static DateEvidence From(Article article)
    {
        var anchors = new List<DateAnchor>();
        var relatives = new List<RelativeMention>();
        var years = new List<YearMention>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in article.Sentences)
        {
            var text = sentence.Text;
            bool hasDate = text.Contains(" 19", StringComparison.Ordinal) || text.Contains(" 20", StringComparison.Ordinal) || text.Contains("year", StringComparison.OrdinalIgnoreCase);
            var sentenceNames = NamesIn(text);
            names.UnionWith(sentenceNames);
            if (!hasDate) continue;
            var reference = new SentenceRef(article.FileName, article.ContentHash, sentence.Span.Start, sentence.Span.End, text);
            foreach (Match m in AbsoluteDate().Matches(text))
            {
                int month = DatelineParser.MonthNumber(m.Groups["m"].Value);
                int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                if (month > 0 && day <= DateTime.DaysInMonth(year, month)) anchors.Add(new DateAnchor(new DateOnly(year, month, day), sentenceNames, reference));
            }
            foreach (Match m in RelativeDate().Matches(text))
            {
                int month = DatelineParser.MonthNumber(m.Groups["m"].Value);
                int? day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
                int offset = m.Groups["rel"].Value.Equals("last", StringComparison.OrdinalIgnoreCase) ? -1 : 0;
                if (month > 0) relatives.Add(new RelativeMention(month, day, offset, sentenceNames, reference));
            }
            // Years reported on only date an article whose dateline has no year.
            bool namesAYear = text.Contains(" 19", StringComparison.Ordinal) || text.Contains(" 20", StringComparison.Ordinal);
            if (article.Dateline is not { Year: null } || !namesAYear || SentenceLooksAhead().IsMatch(text)) continue;
            foreach (Match m in YearPeriod().Matches(text))
                if (PeriodEnd(m) is { } end) years.Add(new YearMention(end.Year, end, reference));
        }
        return new DateEvidence(article.FileName, article.ContentHash, article.Dateline, anchors, relatives, names, years);
    }

    /// <summary>The last day of the period a <see cref="YearPeriod"/> match names, or null when it names no real date.</summary>
    private static DateOnly? PeriodEnd(Match m)
    {
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int lastMonth = 12;
        if (m.Groups["half"].Success) lastMonth = 6;
        else if (m.Groups["quarters"].Success) lastMonth = m.Groups["quarters"].Value.StartsWith("quarter", StringComparison.OrdinalIgnoreCase) ? 3
            : m.Groups["quarters"].Value.StartsWith("two", StringComparison.OrdinalIgnoreCase) ? 6 : 9;
        else if (m.Groups["months"].Success)
        {
            var n = m.Groups["months"].Value.ToLowerInvariant();
            if (!int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out lastMonth) && !Lexicon.NumberWords.TryGetValue(n, out lastMonth)) return null;
            if (lastMonth is < 1 or > 12) return null;
        }
        else if (m.Groups["m"].Success)
        {
            lastMonth = DatelineParser.MonthNumber(m.Groups["m"].Value);
            if (lastMonth == 0) return null;
            if (m.Groups["d"].Success)
            {
                int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                return day <= DateTime.DaysInMonth(year, lastMonth) ? new DateOnly(year, lastMonth, day) : null;
            }
        }
        return new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth));
    }

    /// <summary>Quoted names, normalised so word order and plurals do not matter: “Card Broken” and "broken card" are both "broken card".</summary>
    public static HashSet<string> NamesIn(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in QuotedName().Matches(text))
        {
            var words = Regex.Split(m.Groups["name"].Value.ToLowerInvariant(), @"[^\p{L}\p{Nd}]+")
                             .Where(w => w.Length > 0 && w is not ("the" or "a" or "an" or "of" or "and"))
                             .Select(Lemmatizer.Noun).Order(StringComparer.Ordinal).ToArray();
            if (words.Length is >= 1 and <= 6) names.Add(string.Join(' ', words));
        }
        return names;
    }
}
