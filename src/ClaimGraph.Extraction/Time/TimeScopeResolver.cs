using System.Globalization;
using System.Text.RegularExpressions;
using ClaimGraph.Extraction.Articles;

namespace ClaimGraph.Extraction.Time;

/// <summary>
/// Reads the time words of each sentence into a <see cref="TimeScope"/>: "as of the end of January"
/// (last day of January), "up to now"/"so far" (publication date), "in 2020"/"throughout the year"
/// (the year as a period), "from June to August this year", "in the first 10 months" (January to October), "as of 19:00 on the 4th" (one
/// operation's day), "since ..."/"after ..." (a cumulative count from a start). A sentence with no
/// time words keeps the scope of the previous sentence of its paragraph. Years left out are taken
/// from the publication date ("last year", a month after the publication month means last year);
/// "the year" is the last year the article named.
/// </summary>
public static partial class TimeScopeResolver
{
    private const string Month = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)";
    private const string YearPart = @"(?:,?\s+(?<y>(?:19|20)\d\d)|\s+(?<rel>last|this|next)\s+year)?";

    [GeneratedRegex(@"\b(?:as of|by|until|till|up to|at) the end of (?<m>" + Month + ")" + YearPart, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndOfMonth();

    [GeneratedRegex(@"\b(?:as of|by|until|till|up to|at) the end of (?:(?<y>(?:19|20)\d\d)|(?<rel>last|this) year|the year)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndOfYear();

    [GeneratedRegex(@"\bas of (?:\d{1,2}:\d{2}|\d{1,2} ?(?:o'clock|o’clock|a\.m\.|p\.m\.|am|pm))(?<rest>[^,;]{0,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsOfClock();

    [GeneratedRegex(@"\bas of (?<m>" + Month + @") (?<d>\d{1,2})(?:st|nd|rd|th)?" + YearPart, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsOfDate();

    [GeneratedRegex(@"\b(?:up to now|up till now|so far|to date|as of now|until now|till now|by now|as of today|thus far|at present)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpToNow();

    [GeneratedRegex(@"\bsince the (?:beginning|start) of (?:(?:this|the) year|(?<y>(?:19|20)\d\d))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SinceStartOfYear();

    [GeneratedRegex(@"\bfrom (?<m>" + Month + @") to (?<m2>" + Month + ")" + YearPart, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromMonthToMonth();

    [GeneratedRegex(@"\b(?:in|during|for|over|within) the first (?:(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven) months|(?<half>half)|(?<quarter>quarter)|(?<quarters>two|three) quarters)(?: of (?:(?<y>(?:19|20)\d\d)|(?<rel>last|this|next) year|the year))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstMonthsOfYear();

    [GeneratedRegex(@"\bsince (?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SinceYear();

    [GeneratedRegex(@"\b(?:in|during|throughout|for|over) (?:the (?:whole |entire |full )?(?:year (?:of )?)?)?(?<y>(?:19|20)\d\d)\b(?!\s*(?:yuan|people|cases|%))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InYear();

    [GeneratedRegex(@"\b(?:(?:throughout|during|for|in|over) the (?:whole |entire |full )?year|the whole year|full-year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheYear();

    [GeneratedRegex(@"\b(?:in|during) (?<m>" + Month + @")(?!\s+\d)" + YearPart, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InMonth();

    [GeneratedRegex(@"\bon (?<m>" + Month + @") (?<d>\d{1,2})(?:st|nd|rd|th)?\b" + YearPart, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnDate();

    [GeneratedRegex(@"\bon the (?<d>\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnTheNth();

    [GeneratedRegex(@"\b(?:over|in|during|within) the (?:past|last) (?:year|12 months|twelve months)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastYear();

    [GeneratedRegex(@"\blast year\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LastYear();

    [GeneratedRegex(@"\bthis year\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisYear();

    [GeneratedRegex(@"\b(?:yesterday)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Yesterday();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnyYear();

    private delegate TimeScope? Reader(Match m, Context c);

    /// <summary>What a reader knows besides the match: the publication date, the last year the article named, the text before the match in its clause.</summary>
    private sealed record Context(DateOnly? Published, int? LastNamedYear, string ClauseBefore);

    private static readonly (Func<Regex> Regex, Reader Read)[] Readers =
    [
        (EndOfMonth, (m, c) => MonthDate(m, c, lastDay: true) is { } d ? new(d, null, null, FigureKind.Cumulative, m.Value) : null),
        (EndOfYear, (m, c) => YearOf(m, c) is { } y ? new(new DateOnly(y, 12, 31), null, null, FigureKind.Cumulative, m.Value) : null),
        (AsOfClock, (m, c) => new(DayFromRest(m.Groups["rest"].Value, c), null, null, FigureKind.Event, m.Value.TrimEnd())),
        (AsOfDate, (m, c) => DayDate(m, c) is { } d ? new(d, null, null, FigureKind.Cumulative, m.Value) : null),
        (UpToNow, (m, c) => new(c.Published, null, null, FigureKind.Cumulative, m.Value)),
        (SinceStartOfYear, (m, c) => (m.Groups["y"].Success ? Int(m.Groups["y"]) : c.Published?.Year) is { } y ? new(c.Published, new DateOnly(y, 1, 1), null, FigureKind.Cumulative, m.Value) : null),
        (FromMonthToMonth, (m, c) => MonthDate(m, c, lastDay: false) is { } s && EndMonth(m, c, s) is { } e ? new(e, s, e, FigureKind.PeriodTotal, m.Value) : null),
        (FirstMonthsOfYear, (m, c) => FirstMonths(m, c)),
        (SinceYear, (m, c) => new(c.Published, new DateOnly(Int(m.Groups["y"]), 1, 1), null, FigureKind.Cumulative, m.Value)),
        (InYear, (m, c) => Year(Int(m.Groups["y"]), m.Value, c)),
        (TheYear, (m, c) => (c.LastNamedYear ?? c.Published?.Year) is { } y ? Year(y, m.Value, c) : null),
        (InMonth, (m, c) => MonthDate(m, c, lastDay: false) is { } s ? StartOrPeriod(s, new DateOnly(s.Year, s.Month, DateTime.DaysInMonth(s.Year, s.Month)), m.Value, c) : null),
        (OnDate, (m, c) => DayDate(m, c) is { } d ? StartOrEvent(d, m.Value, c) : null),
        (OnTheNth, (m, c) => NthOfPublicationMonth(Int(m.Groups["d"]), c) is { } d ? StartOrEvent(d, m.Value, c) : null),
        (PastYear, (m, c) => new(c.Published, c.Published?.AddYears(-1), null, FigureKind.Cumulative, m.Value)),
        (LastYear, (m, c) => c.Published is { } p ? Year(p.Year - 1, m.Value, c) : null),
        (ThisYear, (m, c) => c.Published is { } p ? new(p, new DateOnly(p.Year, 1, 1), null, FigureKind.Cumulative, m.Value) : null),
        (Yesterday, (m, c) => new(c.Published?.AddDays(-1), null, null, FigureKind.Event, m.Value)),
    ];

    /// <summary>
    /// The scope in force at each sentence of the article (index = sentence index); null where no time
    /// words apply. With <paramref name="neededAt"/>, only the scopes of the sentences it names are
    /// sure to be given: a sentence after the last of them in its paragraph is not read (a scope holds
    /// within its paragraph), which spares most of the reading in an article whose figures are few.
    /// </summary>
    public static TimeScope?[] Resolve(Article article, DateOnly? published, Func<int, bool>? neededAt = null)
    {
        var result = new TimeScope?[article.Sentences.Count];
        var lastNeededInParagraph = new Dictionary<int, int>();
        foreach (var sentence in article.Sentences)
            if (neededAt is null || neededAt(sentence.Index)) lastNeededInParagraph[sentence.Paragraph] = sentence.Index;
        int paragraph = -1;
        TimeScope? current = null;
        int? lastNamedYear = null;
        foreach (var sentence in article.Sentences)
        {
            if (sentence.Paragraph != paragraph) { paragraph = sentence.Paragraph; current = null; }
            bool read = lastNeededInParagraph.TryGetValue(sentence.Paragraph, out int last) && sentence.Index <= last;
            var own = read ? ForSentence(sentence.Text, published, lastNamedYear) : null;
            if (own is not null) current = own;
            result[sentence.Index] = current;
            foreach (Match y in AnyYear().Matches(sentence.Text)) lastNamedYear = Int(y.Value);
        }
        return result;
    }

    /// <summary>The scope the time words of one sentence give (the leftmost expression wins), or null.</summary>
    public static TimeScope? ForSentence(string sentence, DateOnly? published, int? lastNamedYear)
    {
        Match? best = null;
        Reader? bestReader = null;
        foreach (var (regex, read) in Readers)
        {
            var m = regex().Match(sentence);
            while (m.Success && IsComparisonBase(sentence, m.Index)) m = m.NextMatch();
            if (!m.Success) continue;
            if (best is null || m.Index < best.Index || m.Index == best.Index && m.Length > best.Length) { best = m; bestReader = read; }
        }
        if (best is null) return null;
        var context = new Context(published, lastNamedYear, ClauseBefore(sentence, best.Index));
        return bestReader!(best, context);
    }

    [GeneratedRegex(@"\b(?:than|compared (?:with|to)|versus|against|from)(?:\s+(?:in|the|same|period|that|of|a))*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComparisonBefore();

    /// <summary>
    /// Time words that name what a figure is compared with, not when it holds: "45 percent more than in the same
    /// period last year", "compared with 2022".
    /// </summary>
    private static bool IsComparisonBase(string sentence, int at)
    {
        int from = Math.Max(0, at - 40);
        return ComparisonBefore().IsMatch(sentence.AsSpan(from, at - from));
    }

    // ------------------------------------------------------------------ helpers

    private static TimeScope Year(int year, string expression, Context c) =>
        StartOrPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), expression, c);

    /// <summary>"since ... in October last year": the start of a running count; otherwise the period itself.</summary>
    private static TimeScope StartOrPeriod(DateOnly start, DateOnly end, string expression, Context c) =>
        IntroducesStart(c) ? new(c.Published, start, null, FigureKind.Cumulative, expression) : new(end, start, end, FigureKind.PeriodTotal, expression);

    private static TimeScope StartOrEvent(DateOnly day, string expression, Context c) =>
        IntroducesStart(c) ? new(c.Published, day, null, FigureKind.Cumulative, expression) : new(day, null, null, FigureKind.Event, expression);

    private static bool IntroducesStart(Context c) =>
        Regex.IsMatch(c.ClauseBefore, @"\b(?:since|after|following)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The text from the last clause boundary (',', ';', sentence start) to <paramref name="at"/>.</summary>
    private static string ClauseBefore(string sentence, int at)
    {
        int from = sentence.AsSpan(0, at).LastIndexOfAny(",;:");
        return sentence[(from + 1)..at];
    }

    /// <summary>"in the first 10 months", "the first half of 2022", "the first three quarters of last year": January 1 to the end of the last month named.</summary>
    private static TimeScope? FirstMonths(Match m, Context c)
    {
        int months = m.Groups["half"].Success ? 6 : m.Groups["quarter"].Success ? 3
                   : m.Groups["quarters"].Success ? 3 * (m.Groups["quarters"].Value.ToLowerInvariant() == "two" ? 2 : 3)
                   : int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n
                   : Quantities.QuantityRecognizer.TryNumberWord(m.Groups["n"].Value.ToLowerInvariant(), out int word) ? word : 0;
        if (months is < 1 or > 11) return null;
        int? year = m.Groups["y"].Success || m.Groups["rel"].Success ? YearOf(m, c)
                  : c.Published is { } p ? (p.Month > months ? p.Year : p.Year - 1) : null;
        if (year is not { } y) return null;
        var end = new DateOnly(y, months, DateTime.DaysInMonth(y, months));
        return new(end, new DateOnly(y, 1, 1), end, FigureKind.PeriodTotal, m.Value);
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);
    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static int? YearOf(Match m, Context c)
    {
        if (m.Groups["y"].Success) return Int(m.Groups["y"]);
        if (c.Published is not { } p) return null;
        return m.Groups["rel"].Value.ToLowerInvariant() switch { "last" => p.Year - 1, "next" => p.Year + 1, _ => p.Year };
    }

    /// <summary>The first (or last) day of the month group "m", the year resolved against the publication date.</summary>
    private static DateOnly? MonthDate(Match m, Context c, bool lastDay)
    {
        int month = DatelineParser.MonthNumber(m.Groups["m"].Value);
        int? year = m.Groups["y"].Success || m.Groups["rel"].Success ? YearOf(m, c)
                  : c.Published is { } p ? (month <= p.Month ? p.Year : p.Year - 1) : null;
        if (year is null || month == 0) return null;
        return new DateOnly(year.Value, month, lastDay ? DateTime.DaysInMonth(year.Value, month) : 1);
    }

    private static DateOnly? EndMonth(Match m, Context c, DateOnly start)
    {
        int month = DatelineParser.MonthNumber(m.Groups["m2"].Value);
        int year = month >= start.Month ? start.Year : start.Year + 1;
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }

    private static DateOnly? DayDate(Match m, Context c)
    {
        int month = DatelineParser.MonthNumber(m.Groups["m"].Value);
        int day = Int(m.Groups["d"]);
        int? year = m.Groups["y"].Success || m.Groups["rel"].Success ? YearOf(m, c)
                  : c.Published is { } p ? (month < p.Month || month == p.Month && day <= p.Day ? p.Year : p.Year - 1) : null;
        if (year is null || month == 0 || day < 1 || day > DateTime.DaysInMonth(year.Value, month)) return null;
        return new DateOnly(year.Value, month, day);
    }

    private static DateOnly? NthOfPublicationMonth(int day, Context c)
    {
        if (c.Published is not { } p) return null;
        var month = day <= p.Day ? p : p.AddMonths(-1);
        return day <= DateTime.DaysInMonth(month.Year, month.Month) ? new DateOnly(month.Year, month.Month, day) : null;
    }

    /// <summary>The day after "as of 19:00": "on the 4th", "on February 4", "of the same day" or the publication date.</summary>
    private static DateOnly? DayFromRest(string rest, Context c)
    {
        var nth = OnTheNth().Match(rest);
        if (nth.Success) return NthOfPublicationMonth(Int(nth.Groups["d"]), c);
        var on = OnDate().Match(rest);
        if (on.Success) return DayDate(on, c);
        return c.Published;
    }
}
