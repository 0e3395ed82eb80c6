using System.Globalization;
using System.Text;
using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Rdf.Xsd;

/// <summary>Which of the XSD date/time types a <see cref="XsdDateTime"/> holds.</summary>
public enum XsdDateTimeKind : byte
{
    DateTime,
    Date,
    Time,
    GYear,
    GYearMonth,
    GMonth,
    GMonthDay,
    GDay,
}

/// <summary>
/// A value of xsd:dateTime, xsd:date, xsd:time or one of the g* types: the seven-property model of
/// XML Schema 1.1 (year, month, day, hour, minute, second, optional timezone offset). Fields that the
/// kind does not have are filled with the reference values XSD uses for comparison.
/// Order follows XSD: values with and without a timezone compare only when they are more than
/// 14 hours apart; otherwise the comparison is indeterminate (null).
/// </summary>
public readonly record struct XsdDateTime(
    XsdDateTimeKind Kind, long Year, int Month, int Day, int Hour, int Minute, decimal Second, int? TimezoneMinutes)
{
    private const int MaxTimezoneMinutes = 14 * 60;

    public bool HasTimezone => TimezoneMinutes is not null;

    public Iri Datatype => Kind switch
    {
        XsdDateTimeKind.DateTime => Vocab.Xsd.DateTime,
        XsdDateTimeKind.Date => Vocab.Xsd.Date,
        XsdDateTimeKind.Time => Vocab.Xsd.Time,
        XsdDateTimeKind.GYear => Vocab.Xsd.GYear,
        _ => new Iri(Vocab.Xsd.Namespace + Kind switch
        {
            XsdDateTimeKind.GYearMonth => "gYearMonth",
            XsdDateTimeKind.GMonth => "gMonth",
            XsdDateTimeKind.GMonthDay => "gMonthDay",
            _ => "gDay",
        }),
    };

    /// <summary>Seconds on the time line, the timezone applied when there is one (local time read as UTC otherwise).</summary>
    private decimal TimelineSeconds()
    {
        decimal days = DaysFromCivil(Year, Month, Day);
        decimal seconds = days * 86400m + Hour * 3600m + Minute * 60m + Second;
        return seconds - (TimezoneMinutes ?? 0) * 60m;
    }

    /// <summary>XSD order comparison; null when the values are of different kinds or the order is indeterminate.</summary>
    public static int? Compare(XsdDateTime a, XsdDateTime b)
    {
        if (a.Kind != b.Kind) return null;
        decimal x = a.TimelineSeconds(), y = b.TimelineSeconds();
        if (a.HasTimezone == b.HasTimezone) return x.CompareTo(y);
        const decimal spread = MaxTimezoneMinutes * 60m;
        if (a.HasTimezone)
        {
            // b is local: it lies somewhere in [y - 14h, y + 14h] once a timezone is chosen.
            if (x < y - spread) return -1;
            if (x > y + spread) return 1;
            return null;
        }
        if (x + spread < y) return -1;
        if (x - spread > y) return 1;
        return null;
    }

    /// <summary>XSD equality: false when definitely different, null when indeterminate.</summary>
    public static bool? ValueEquals(XsdDateTime a, XsdDateTime b) => Compare(a, b) is int c ? c == 0 : a.Kind == b.Kind ? null : false;

    /// <summary>The timezone as an xsd:dayTimeDuration, or null when there is none.</summary>
    public XsdDuration? Timezone => TimezoneMinutes is int m ? new XsdDuration(0, m * 60m, DurationKind.DayTime) : null;

    // ---- civil calendar arithmetic (proleptic Gregorian, astronomical year numbering) ----

    /// <summary>Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).</summary>
    internal static long DaysFromCivil(long y, int m, int d)
    {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    internal static (long Year, int Month, int Day) CivilFromDays(long z)
    {
        z += 719468;
        long era = (z >= 0 ? z : z - 146096) / 146097;
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int)(doy - (153 * mp + 2) / 5 + 1);
        int m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (m <= 2 ? y + 1 : y, m, d);
    }

    public static bool IsLeapYear(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>This instant in UTC (timezone 00:00); values without a timezone are returned unchanged.</summary>
    public XsdDateTime ToUtc()
    {
        if (TimezoneMinutes is not int tz || tz == 0) return this;
        decimal total = DaysFromCivil(Year, Month, Day) * 86400m + Hour * 3600m + Minute * 60m + Second - tz * 60m;
        long days = (long)Math.Floor(total / 86400m);
        decimal rest = total - days * 86400m;
        var (y, mo, d) = CivilFromDays(days);
        int h = (int)(rest / 3600m);
        rest -= h * 3600m;
        int mi = (int)(rest / 60m);
        rest -= mi * 60m;
        return this with { Year = y, Month = mo, Day = d, Hour = h, Minute = mi, Second = rest, TimezoneMinutes = 0 };
    }

    public static XsdDateTime FromDateTimeOffset(DateTimeOffset value)
    {
        decimal seconds = value.Second + (value.Ticks % TimeSpan.TicksPerSecond) / (decimal)TimeSpan.TicksPerSecond;
        return new XsdDateTime(XsdDateTimeKind.DateTime, value.Year, value.Month, value.Day, value.Hour, value.Minute, seconds,
            (int)value.Offset.TotalMinutes);
    }

    // ---- lexical forms ----

    /// <summary>The canonical lexical form for the kind (timezone 00:00 written as "Z").</summary>
    public string ToCanonicalString()
    {
        var sb = new StringBuilder(32);
        switch (Kind)
        {
            case XsdDateTimeKind.DateTime:
                AppendDate(sb).Append('T');
                AppendTime(sb);
                break;
            case XsdDateTimeKind.Date: AppendDate(sb); break;
            case XsdDateTimeKind.Time: AppendTime(sb); break;
            case XsdDateTimeKind.GYear: AppendYear(sb); break;
            case XsdDateTimeKind.GYearMonth: AppendYear(sb).Append('-').Append(Two(Month)); break;
            case XsdDateTimeKind.GMonth: sb.Append("--").Append(Two(Month)); break;
            case XsdDateTimeKind.GMonthDay: sb.Append("--").Append(Two(Month)).Append('-').Append(Two(Day)); break;
            case XsdDateTimeKind.GDay: sb.Append("---").Append(Two(Day)); break;
        }
        if (TimezoneMinutes is int tz)
        {
            if (tz == 0) sb.Append('Z');
            else
            {
                int abs = Math.Abs(tz);
                sb.Append(tz < 0 ? '-' : '+').Append(Two(abs / 60)).Append(':').Append(Two(abs % 60));
            }
        }
        return sb.ToString();
    }

    public override string ToString() => ToCanonicalString();

    public Literal ToLiteral() => Literal.Typed(ToCanonicalString(), Datatype);

    private StringBuilder AppendYear(StringBuilder sb)
    {
        if (Year < 0) sb.Append('-');
        return sb.Append(Math.Abs(Year).ToString("0000", CultureInfo.InvariantCulture));
    }

    private StringBuilder AppendDate(StringBuilder sb) => AppendYear(sb).Append('-').Append(Two(Month)).Append('-').Append(Two(Day));

    private void AppendTime(StringBuilder sb)
    {
        sb.Append(Two(Hour)).Append(':').Append(Two(Minute)).Append(':');
        int whole = (int)Math.Truncate(Second);
        sb.Append(Two(whole));
        decimal fraction = Second - whole;
        if (fraction != 0)
            sb.Append(fraction.ToString("0.############################", CultureInfo.InvariantCulture)[1..]);
    }

    private static string Two(int v) => v.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>Parses the lexical form of the given kind (whitespace already collapsed).</summary>
    public static bool TryParse(string s, XsdDateTimeKind kind, out XsdDateTime value)
    {
        value = default;
        var r = new Reader(s);
        long year = 1972;   // XSD's reference year for kinds without one (a leap year)
        int month = 12, day = 31, hour = 0, minute = 0;
        decimal second = 0;
        switch (kind)
        {
            case XsdDateTimeKind.DateTime:
                if (!r.Year(out year) || !r.Char('-') || !r.Digits(2, out month) || !r.Char('-') || !r.Digits(2, out day) || !r.Char('T')
                    || !r.Time(out hour, out minute, out second)) return false;
                break;
            case XsdDateTimeKind.Date:
                if (!r.Year(out year) || !r.Char('-') || !r.Digits(2, out month) || !r.Char('-') || !r.Digits(2, out day)) return false;
                break;
            case XsdDateTimeKind.Time:
                if (!r.Time(out hour, out minute, out second)) return false;
                break;
            case XsdDateTimeKind.GYear:
                if (!r.Year(out year)) return false;
                month = 1; day = 1;
                break;
            case XsdDateTimeKind.GYearMonth:
                if (!r.Year(out year) || !r.Char('-') || !r.Digits(2, out month)) return false;
                day = 1;
                break;
            case XsdDateTimeKind.GMonth:
                if (!r.Char('-') || !r.Char('-') || !r.Digits(2, out month)) return false;
                day = 1;
                break;
            case XsdDateTimeKind.GMonthDay:
                if (!r.Char('-') || !r.Char('-') || !r.Digits(2, out month) || !r.Char('-') || !r.Digits(2, out day)) return false;
                break;
            case XsdDateTimeKind.GDay:
                if (!r.Char('-') || !r.Char('-') || !r.Char('-') || !r.Digits(2, out day)) return false;
                month = 1;
                break;
        }
        if (!r.Timezone(out int? tz) || !r.AtEnd) return false;
        if (month is < 1 or > 12 || day < 1 || day > DaysInMonth(kind == XsdDateTimeKind.GMonthDay ? 2000 : year, month)) return false;
        if (hour > 24 || minute > 59 || second >= 60) return false;
        if (hour == 24)
        {
            if (minute != 0 || second != 0) return false;
            // 24:00:00 is the first instant of the next day.
            hour = 0;
            if (kind == XsdDateTimeKind.DateTime)
                (year, month, day) = CivilFromDays(DaysFromCivil(year, month, day) + 1);
        }
        value = new XsdDateTime(kind, year, month, day, hour, minute, second, tz);
        return true;
    }

    /// <summary>A tiny scanner over a lexical form.</summary>
    private ref struct Reader(string s)
    {
        private readonly string _s = s;
        private int _i;

        public readonly bool AtEnd => _i == _s.Length;

        public bool Char(char c)
        {
            if (_i < _s.Length && _s[_i] == c) { _i++; return true; }
            return false;
        }

        public bool Digits(int count, out int value)
        {
            value = 0;
            if (_i + count > _s.Length) return false;
            for (int k = 0; k < count; k++)
            {
                char c = _s[_i + k];
                if (!char.IsAsciiDigit(c)) return false;
                value = value * 10 + (c - '0');
            }
            _i += count;
            return true;
        }

        /// <summary>-?YYYY+ : at least four digits, no leading zero when more than four.</summary>
        public bool Year(out long year)
        {
            year = 0;
            bool negative = Char('-');
            int start = _i;
            while (_i < _s.Length && char.IsAsciiDigit(_s[_i])) _i++;
            int length = _i - start;
            if (length < 4 || length > 18 || (length > 4 && _s[start] == '0')) return false;
            year = long.Parse(_s.AsSpan(start, length), CultureInfo.InvariantCulture);
            if (negative) year = -year;
            return true;
        }

        public bool Time(out int hour, out int minute, out decimal second)
        {
            second = 0;
            minute = 0;
            if (!Digits(2, out hour) || !Char(':') || !Digits(2, out minute) || !Char(':') || !Digits(2, out int whole)) return false;
            second = whole;
            if (Char('.'))
            {
                int start = _i;
                while (_i < _s.Length && char.IsAsciiDigit(_s[_i])) _i++;
                if (_i == start) return false;
                var digits = _s.AsSpan(start, Math.Min(_i - start, 27));
                second += decimal.Parse("0." + digits.ToString(), CultureInfo.InvariantCulture);
            }
            return true;
        }

        public bool Timezone(out int? minutes)
        {
            minutes = null;
            if (Char('Z')) { minutes = 0; return true; }
            if (_i >= _s.Length) return true;
            int sign = Char('+') ? 1 : Char('-') ? -1 : 0;
            if (sign == 0) return false;
            if (!Digits(2, out int h) || !Char(':') || !Digits(2, out int m)) return false;
            if (h > 14 || m > 59 || (h == 14 && m != 0)) return false;
            minutes = sign * (h * 60 + m);
            return true;
        }
    }
}
