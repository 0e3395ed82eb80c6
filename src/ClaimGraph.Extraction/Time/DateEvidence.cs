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

/// <summary>
/// What one article says that can date it or other articles: its dateline, absolute dates with the
/// names of the events they date, relative dates, and every quoted name it uses. Small, so a whole
/// corpus of these fits in memory before the articles themselves are processed.
/// </summary>
public sealed partial record DateEvidence(
    string FileName,
    string ContentHash,
    Dateline? Dateline,
    IReadOnlyList<DateAnchor> Anchors,
    IReadOnlyList<RelativeMention> Relatives,
    IReadOnlySet<string> Names)
{
    private const string Month = @"(?<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)";

    [GeneratedRegex(Month + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,\s*(?<y>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AbsoluteDate();

    [GeneratedRegex(@"\b(?:in|on|since|from|of)\s+" + Month + @"(?:\s+(?<d>\d{1,2})(?:st|nd|rd|th)?)?,?\s+(?<rel>last|this)\s+year\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDate();

    [GeneratedRegex(@"[“""‘](?<name>[^“”""‘’]{2,60})[”""’]", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedName();

    public static DateEvidence From(Article article)
    {
        var anchors = new List<DateAnchor>();
        var relatives = new List<RelativeMention>();
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
        }
        return new DateEvidence(article.FileName, article.ContentHash, article.Dateline, anchors, relatives, names);
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
