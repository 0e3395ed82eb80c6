using System.Globalization;

namespace ClaimGraph.Rdf.Xsd;

/// <summary>Canonical lexical forms of numeric values (XML Schema 1.1 Part 2, with SPARQL's usual "1.0" decimals).</summary>
public static class XsdCanonical
{
    /// <summary>Decimal: no exponent, at least one digit after the point ("1.0", "-0.5").</summary>
    public static string Decimal(decimal value)
    {
        var s = value.ToString("0.0############################", CultureInfo.InvariantCulture);
        return s == "-0.0" ? "0.0" : s;
    }

    /// <summary>Double: mantissa with one digit before the point, shortest round-trip digits, "E" exponent ("1.5E2").</summary>
    public static string Double(double value) => Scientific(value, value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Float: as double, but with the shortest digits that round-trip at single precision.</summary>
    public static string Float(double value)
    {
        float f = (float)value;
        return Scientific(f, f.ToString("R", CultureInfo.InvariantCulture));
    }

    private static string Scientific(double value, string roundTrip)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "INF";
        if (double.IsNegativeInfinity(value)) return "-INF";
        if (value == 0) return double.IsNegative(value) ? "-0.0E0" : "0.0E0";
        // Take the shortest round-trip digits and re-place the decimal point.
        string s = roundTrip;
        bool negative = s.StartsWith('-');
        if (negative) s = s[1..];
        int exponent = 0;
        int e = s.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(s[(e + 1)..], CultureInfo.InvariantCulture);
            s = s[..e];
        }
        int dot = s.IndexOf('.');
        string digits = dot < 0 ? s : s.Remove(dot, 1);
        int pointPos = dot < 0 ? s.Length : dot;
        int leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0') leadingZeros++;
        digits = digits[leadingZeros..].TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        exponent += pointPos - leadingZeros - 1;
        string mantissa = digits[..1] + "." + (digits.Length > 1 ? digits[1..] : "0");
        return (negative ? "-" : "") + mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }
}
