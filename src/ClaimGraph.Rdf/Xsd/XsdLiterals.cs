using System.Numerics;
using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Rdf.Xsd;

/// <summary>
/// Maps literals to XSD values. A literal whose datatype is one of the XSD types known here but whose
/// lexical form is not in that type's lexical space (or out of a derived type's range) is ill-typed:
/// it stays a term, but it has no value. Datatypes not known here have no value either, and are
/// never ill-typed.
/// </summary>
public static class XsdLiterals
{
    private const string Xsd = Vocab.Xsd.Namespace;

    /// <summary>Integer types derived from xsd:integer, with their value ranges (null = unbounded).</summary>
    private static readonly Dictionary<string, (BigInteger? Min, BigInteger? Max)> IntegerRanges = new(StringComparer.Ordinal)
    {
        [Xsd + "integer"] = (null, null),
        [Xsd + "long"] = (long.MinValue, long.MaxValue),
        [Xsd + "int"] = (int.MinValue, int.MaxValue),
        [Xsd + "short"] = (short.MinValue, short.MaxValue),
        [Xsd + "byte"] = (sbyte.MinValue, sbyte.MaxValue),
        [Xsd + "nonNegativeInteger"] = (0, null),
        [Xsd + "positiveInteger"] = (1, null),
        [Xsd + "nonPositiveInteger"] = (null, 0),
        [Xsd + "negativeInteger"] = (null, -1),
        [Xsd + "unsignedLong"] = (0, ulong.MaxValue),
        [Xsd + "unsignedInt"] = (0, uint.MaxValue),
        [Xsd + "unsignedShort"] = (0, ushort.MaxValue),
        [Xsd + "unsignedByte"] = (0, byte.MaxValue),
    };

    private static readonly Dictionary<string, XsdDateTimeKind> DateTimeKinds = new(StringComparer.Ordinal)
    {
        [Xsd + "dateTime"] = XsdDateTimeKind.DateTime,
        [Xsd + "dateTimeStamp"] = XsdDateTimeKind.DateTime,
        [Xsd + "date"] = XsdDateTimeKind.Date,
        [Xsd + "time"] = XsdDateTimeKind.Time,
        [Xsd + "gYear"] = XsdDateTimeKind.GYear,
        [Xsd + "gYearMonth"] = XsdDateTimeKind.GYearMonth,
        [Xsd + "gMonth"] = XsdDateTimeKind.GMonth,
        [Xsd + "gMonthDay"] = XsdDateTimeKind.GMonthDay,
        [Xsd + "gDay"] = XsdDateTimeKind.GDay,
    };

    private static readonly Dictionary<string, DurationKind> DurationKinds = new(StringComparer.Ordinal)
    {
        [Xsd + "duration"] = DurationKind.Duration,
        [Xsd + "dayTimeDuration"] = DurationKind.DayTime,
        [Xsd + "yearMonthDuration"] = DurationKind.YearMonth,
    };

    /// <summary>True for xsd:integer and its derived types, xsd:decimal, xsd:float and xsd:double.</summary>
    public static bool IsNumericDatatype(Iri datatype) =>
        IntegerRanges.ContainsKey(datatype.Value) || datatype.Value is Xsd + "decimal" or Xsd + "float" or Xsd + "double";

    public static bool IsIntegerDatatype(Iri datatype) => IntegerRanges.ContainsKey(datatype.Value);

    public static bool IsDateTimeDatatype(Iri datatype) => DateTimeKinds.ContainsKey(datatype.Value);

    public static bool IsDurationDatatype(Iri datatype) => DurationKinds.ContainsKey(datatype.Value);

    /// <summary>True when the datatype is one whose lexical space is checked here.</summary>
    public static bool IsCheckedDatatype(Iri datatype) =>
        IsNumericDatatype(datatype) || IsDateTimeDatatype(datatype) || IsDurationDatatype(datatype) || datatype.Value == Xsd + "boolean";

    /// <summary>True when the literal's datatype is checked here and its lexical form is not valid for it.</summary>
    public static bool IsIllTyped(Literal literal)
    {
        var dt = literal.Datatype;
        if (IsNumericDatatype(dt)) return !TryGetNumeric(literal, out _);
        if (IsDateTimeDatatype(dt)) return !TryGetDateTime(literal, out _);
        if (IsDurationDatatype(dt)) return !TryGetDuration(literal, out _);
        if (dt.Value == Xsd + "boolean") return !TryGetBoolean(literal, out _);
        return false;
    }

    /// <summary>The numeric value of a well-typed numeric literal.</summary>
    public static bool TryGetNumeric(Literal literal, out XsdNumeric value)
    {
        value = default;
        string dt = literal.Datatype.Value;
        var s = Collapse(literal.Lexical);
        switch (dt)
        {
            case Xsd + "decimal": return XsdNumeric.TryParseDecimal(s, out value);
            case Xsd + "double": return XsdNumeric.TryParseFloating(s, isFloat: false, out value);
            case Xsd + "float": return XsdNumeric.TryParseFloating(s, isFloat: true, out value);
        }
        if (!IntegerRanges.TryGetValue(dt, out var range) || !XsdNumeric.TryParseInteger(s, out value)) return false;
        if (range.Min is null && range.Max is null) return true;
        var n = value.AsBigInteger;
        return (range.Min is not BigInteger min || n >= min) && (range.Max is not BigInteger max || n <= max);
    }

    /// <summary>True when the value fits the range of a (possibly derived) integer datatype.</summary>
    public static bool IsInIntegerRange(Iri datatype, BigInteger n) =>
        IntegerRanges.TryGetValue(datatype.Value, out var range)
        && (range.Min is not BigInteger min || n >= min) && (range.Max is not BigInteger max || n <= max);

    public static bool TryGetBoolean(Literal literal, out bool value)
    {
        value = false;
        if (literal.Datatype.Value != Xsd + "boolean") return false;
        return TryParseBoolean(Collapse(literal.Lexical), out value);
    }

    public static bool TryParseBoolean(string s, out bool value)
    {
        switch (s)
        {
            case "true" or "1": value = true; return true;
            case "false" or "0": value = false; return true;
            default: value = false; return false;
        }
    }

    public static bool TryGetDateTime(Literal literal, out XsdDateTime value)
    {
        value = default;
        return DateTimeKinds.TryGetValue(literal.Datatype.Value, out var kind)
            && XsdDateTime.TryParse(Collapse(literal.Lexical), kind, out value)
            && (literal.Datatype.Value != Xsd + "dateTimeStamp" || value.HasTimezone);
    }

    public static bool TryGetDuration(Literal literal, out XsdDuration value)
    {
        value = default;
        return DurationKinds.TryGetValue(literal.Datatype.Value, out var kind)
            && XsdDuration.TryParse(Collapse(literal.Lexical), kind, out value);
    }

    /// <summary>XSD's whiteSpace="collapse" as far as value parsing needs it: leading and trailing whitespace removed.</summary>
    public static string Collapse(string lexical)
    {
        if (lexical.Length == 0) return lexical;
        bool edge = IsXmlSpace(lexical[0]) || IsXmlSpace(lexical[^1]);
        return edge ? lexical.Trim(' ', '\t', '\n', '\r') : lexical;
    }

    private static bool IsXmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r';
}
