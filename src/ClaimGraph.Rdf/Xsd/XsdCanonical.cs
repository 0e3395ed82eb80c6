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

    /// <summary>
    /// XPath's cast of a float or double to xsd:string: plain decimal notation for magnitudes in
    /// [1E-6, 1E6) ("1", "1.25"), the canonical scientific form otherwise.
    /// </summary>
    public static string FloatingAsXPathString(double value, bool isFloat)
    {
        string scientific = isFloat ? Float(value) : Double(value);
        if (double.IsNaN(value) || double.IsInfinity(value)) return scientific;
        if (value == 0) return double.IsNegative(value) ? "-0" : "0";
        double magnitude = Math.Abs(value);
        if (magnitude < 1e-6 || magnitude >= 1e6) return scientific;
        int e = scientific.IndexOf('E');
        int exponent = int.Parse(scientific.AsSpan(e + 1), CultureInfo.InvariantCulture);
        bool negative = scientific[0] == '-';
        string digits = scientific[(negative ? 1 : 0)..e].Replace(".", "").TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        string plain = exponent >= 0
            ? (digits.Length <= exponent + 1 ? digits.PadRight(exponent + 1, '0') : digits[..(exponent + 1)] + "." + digits[(exponent + 1)..])
            : "0." + new string('0', -exponent - 1) + digits;
        return (negative ? "-" : "") + plain;
    }

    /// <summary>XPath's cast of a decimal to xsd:string: no trailing ".0" for whole numbers.</summary>
    public static string DecimalAsXPathString(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);
}
