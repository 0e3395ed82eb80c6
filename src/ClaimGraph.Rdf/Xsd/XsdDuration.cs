using System.Globalization;
using System.Text;
using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Rdf.Xsd;

/// <summary>Which duration type: the general xsd:duration or one of its two totally ordered subtypes.</summary>
public enum DurationKind : byte
{
    Duration,
    DayTime,
    YearMonth,
}

/// <summary>
/// An XSD duration: a signed number of months and a signed number of seconds (both with the same sign),
/// as XML Schema 1.1 models it.
/// </summary>
public readonly record struct XsdDuration(long Months, decimal Seconds, DurationKind Kind)
{
    public Iri Datatype => Kind switch
    {
        DurationKind.DayTime => Vocab.Xsd.DayTimeDuration,
        DurationKind.YearMonth => Vocab.Xsd.YearMonthDuration,
        _ => Vocab.Xsd.Duration,
    };

    /// <summary>
    /// Order of durations. dayTime and yearMonth durations are totally ordered; general durations that
    /// mix months and seconds in opposite directions are not comparable (null), as in XSD's partial order.
    /// </summary>
    public static int? Compare(XsdDuration a, XsdDuration b)
    {
        int months = a.Months.CompareTo(b.Months);
        int seconds = a.Seconds.CompareTo(b.Seconds);
        if (months == 0) return seconds;
        if (seconds == 0) return months;
        if (months == seconds) return months;
        // One month is between 28 and 31 days: decide when the seconds difference cannot outweigh it.
        decimal monthDiff = a.Months - b.Months, secondDiff = a.Seconds - b.Seconds;
        decimal low = monthDiff * 28 * 86400m + secondDiff, high = monthDiff * 31 * 86400m + secondDiff;
        if (low > 0 && high > 0) return 1;
        if (low < 0 && high < 0) return -1;
        return null;
    }

    public static bool ValueEquals(XsdDuration a, XsdDuration b) => a.Months == b.Months && a.Seconds == b.Seconds;

    public string ToCanonicalString()
    {
        var sb = new StringBuilder();
        if (Months < 0 || Seconds < 0) sb.Append('-');
        sb.Append('P');
        long months = Math.Abs(Months);
        decimal seconds = Math.Abs(Seconds);
        if (months == 0 && seconds == 0)
            return Kind == DurationKind.YearMonth ? "P0M" : "PT0S";
        if (months / 12 != 0) sb.Append(months / 12).Append('Y');
        if (months % 12 != 0) sb.Append(months % 12).Append('M');
        long days = (long)(seconds / 86400m);
        seconds -= days * 86400m;
        if (days != 0) sb.Append(days).Append('D');
        if (seconds != 0)
        {
            sb.Append('T');
            long hours = (long)(seconds / 3600m);
            seconds -= hours * 3600m;
            long minutes = (long)(seconds / 60m);
            seconds -= minutes * 60m;
            if (hours != 0) sb.Append(hours).Append('H');
            if (minutes != 0) sb.Append(minutes).Append('M');
            if (seconds != 0) sb.Append(seconds.ToString("0.############################", CultureInfo.InvariantCulture)).Append('S');
        }
        return sb.ToString();
    }

    public override string ToString() => ToCanonicalString();

    public Literal ToLiteral() => Literal.Typed(ToCanonicalString(), Datatype);

    /// <summary>Parses -?PnYnMnDTnHnMnS (at least one part; T only when a time part follows).</summary>
    public static bool TryParse(string s, DurationKind kind, out XsdDuration value)
    {
        value = default;
        int i = 0;
        bool negative = false;
        if (i < s.Length && s[i] == '-') { negative = true; i++; }
        if (i >= s.Length || s[i] != 'P') return false;
        i++;
        long months = 0;
        decimal seconds = 0;
        bool inTime = false, any = false, anyAfterT = false;
        const string dateDesignators = "YMD", timeDesignators = "HMS";
        int lastDate = -1, lastTime = -1;
        while (i < s.Length)
        {
            if (s[i] == 'T')
            {
                if (inTime) return false;
                inTime = true;
                i++;
                continue;
            }
            int start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.')) i++;
            if (i == start || i >= s.Length) return false;
            var number = s.AsSpan(start, i - start);
            char designator = s[i++];
            bool fractional = number.Contains('.');
            if (fractional && !(inTime && designator == 'S')) return false;
            if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)) return false;
            if (number[0] == '.' || number[^1] == '.') return false;
            if (!inTime)
            {
                int pos = dateDesignators.IndexOf(designator);
                if (pos <= lastDate) return false;
                lastDate = pos;
                if (designator == 'Y') months += (long)n * 12;
                else if (designator == 'M') months += (long)n;
                else seconds += n * 86400m;
            }
            else
            {
                int pos = timeDesignators.IndexOf(designator);
                if (pos <= lastTime) return false;
                lastTime = pos;
                seconds += designator switch { 'H' => n * 3600m, 'M' => n * 60m, _ => n };
                anyAfterT = true;
            }
            any = true;
        }
        if (!any || (inTime && !anyAfterT)) return false;
        if (kind == DurationKind.DayTime && months != 0) return false;
        if (kind == DurationKind.DayTime && lastDate >= 0 && lastDate < 2) return false;
        if (kind == DurationKind.YearMonth && (seconds != 0 || inTime || lastDate == 2)) return false;
        value = new XsdDuration(negative ? -months : months, negative ? -seconds : seconds, kind);
        return true;
    }
}
