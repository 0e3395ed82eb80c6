using System.Globalization;

namespace ClaimGraph.Rdf.Model;

/// <summary>Canonical lexical forms of XSD values (XML Schema 1.1 Part 2).</summary>
public static class XsdFormat
{
    public static string Decimal(decimal value)
    {
        var s = value.ToString("0.0###########################", CultureInfo.InvariantCulture);
        return s;
    }

    public static string Double(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "INF";
        if (double.IsNegativeInfinity(value)) return "-INF";
        if (value == 0) return double.IsNegative(value) ? "-0.0E0" : "0.0E0";
        var s = value.ToString("E16", CultureInfo.InvariantCulture);   // d.ddddE+xxx
        var parts = s.Split('E');
        var mantissa = parts[0].TrimEnd('0');
        if (mantissa.EndsWith('.')) mantissa += "0";
        int exponent = int.Parse(parts[1], CultureInfo.InvariantCulture);
        return mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }
}
