using System.Globalization;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Xsd;

namespace ClaimGraph.Sparql.Functions;

// Functions on dates and times (17.4.5) and hash functions (17.4.6).
public static partial class BuiltInFunctions
{
    private static bool TryDateTime(Term? a, out XsdDateTime value)
    {
        value = default;
        return a is Literal { HasLanguage: false } lit && XsdLiterals.TryGetDateTime(lit, out value);
    }

    private static Term? Year(Term? a) =>
        TryDateTime(a, out var d) && d.Kind is XsdDateTimeKind.DateTime or XsdDateTimeKind.Date or XsdDateTimeKind.GYear or XsdDateTimeKind.GYearMonth
            ? Literal.Integer(d.Year) : null;

    private static Term? Month(Term? a) =>
        TryDateTime(a, out var d) && d.Kind is XsdDateTimeKind.DateTime or XsdDateTimeKind.Date or XsdDateTimeKind.GYearMonth or XsdDateTimeKind.GMonth or XsdDateTimeKind.GMonthDay
            ? Literal.Integer(d.Month) : null;

    private static Term? Day(Term? a) =>
        TryDateTime(a, out var d) && d.Kind is XsdDateTimeKind.DateTime or XsdDateTimeKind.Date or XsdDateTimeKind.GMonthDay or XsdDateTimeKind.GDay
            ? Literal.Integer(d.Day) : null;

    private static Term? Hours(Term? a) =>
        TryDateTime(a, out var d) && d.Kind is XsdDateTimeKind.DateTime or XsdDateTimeKind.Time ? Literal.Integer(d.Hour) : null;

    private static Term? Minutes(Term? a) =>
        TryDateTime(a, out var d) && d.Kind is XsdDateTimeKind.DateTime or XsdDateTimeKind.Time ? Literal.Integer(d.Minute) : null;

    private static Term? Seconds(Term? a) =>
        TryDateTime(a, out var d) && d.Kind is XsdDateTimeKind.DateTime or XsdDateTimeKind.Time ? Literal.Decimal(d.Second) : null;

    /// <summary>TIMEZONE: the offset as an xsd:dayTimeDuration; an error when there is none.</summary>
    private static Term? Timezone(Term? a) => TryDateTime(a, out var d) && d.Timezone is XsdDuration tz ? tz.ToLiteral() : null;

    /// <summary>TZ: the timezone as written in canonical form ("Z", "-05:00"), or "" when there is none.</summary>
    private static Term? Tz(Term? a)
    {
        if (!TryDateTime(a, out var d)) return null;
        if (d.TimezoneMinutes is not int tz) return Literal.String("");
        if (tz == 0) return Literal.String("Z");
        int abs = Math.Abs(tz);
        return Literal.String(string.Create(CultureInfo.InvariantCulture, $"{(tz < 0 ? '-' : '+')}{abs / 60:00}:{abs % 60:00}"));
    }

    private static Term? Now(FunctionContext context) => XsdDateTime.FromDateTimeOffset(context.Now).ToLiteral();

    private static Term? Hash(Term? a, Func<byte[], byte[]> algorithm) =>
        TermValues.TrySimpleString(a, out var s)
            ? Literal.String(Convert.ToHexStringLower(algorithm(System.Text.Encoding.UTF8.GetBytes(s))))
            : null;
}
