using System.Globalization;
using System.Numerics;
using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Rdf.Xsd;

/// <summary>The four primitive numeric types of SPARQL, in promotion order (integer &lt; decimal &lt; float &lt; double).</summary>
public enum NumericKind : byte
{
    Integer = 0,
    Decimal = 1,
    Float = 2,
    Double = 3,
}

/// <summary>
/// An XSD numeric value. Integers use a <see cref="long"/> fast path and fall back to
/// <see cref="BigInteger"/> when they do not fit. Decimals are <see cref="decimal"/>: 28-29 significant
/// digits, magnitude below 7.9E28; a decimal lexical form beyond that is treated as ill-typed, and
/// arithmetic that overflows it is an error. Floats are held as doubles rounded to single precision.
/// </summary>
public readonly struct XsdNumeric : IEquatable<XsdNumeric>
{
    private readonly long _long;
    private readonly BigInteger? _big;
    private readonly decimal _decimal;
    private readonly double _double;

    private XsdNumeric(NumericKind kind, long l, BigInteger? big, decimal d, double x)
    {
        Kind = kind;
        _long = l;
        _big = big;
        _decimal = d;
        _double = x;
    }

    public NumericKind Kind { get; }

    public static XsdNumeric FromInteger(long value) => new(NumericKind.Integer, value, null, 0, 0);

    public static XsdNumeric FromInteger(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue
            ? FromInteger((long)value)
            : new(NumericKind.Integer, 0, value, 0, 0);

    public static XsdNumeric FromDecimal(decimal value) => new(NumericKind.Decimal, 0, null, value, 0);
    public static XsdNumeric FromFloat(double value) => new(NumericKind.Float, 0, null, 0, (float)value);
    public static XsdNumeric FromDouble(double value) => new(NumericKind.Double, 0, null, 0, value);

    public bool IsBigInteger => _big is not null;

    /// <summary>The integer value; only meaningful when <see cref="Kind"/> is Integer.</summary>
    public BigInteger AsBigInteger => _big ?? _long;

    /// <summary>The integer value as a long, when it fits.</summary>
    public bool TryGetLong(out long value)
    {
        value = _long;
        return Kind == NumericKind.Integer && _big is null;
    }

    /// <summary>The value as a decimal; false for floats/doubles that are NaN/INF or out of range, and huge integers.</summary>
    public bool TryToDecimal(out decimal value)
    {
        value = 0;
        switch (Kind)
        {
            case NumericKind.Integer:
                if (_big is null) { value = _long; return true; }
                if (_big.Value > (BigInteger)decimal.MaxValue || _big.Value < (BigInteger)decimal.MinValue) return false;
                value = (decimal)_big.Value;
                return true;
            case NumericKind.Decimal:
                value = _decimal;
                return true;
            default:
                if (double.IsNaN(_double) || double.IsInfinity(_double)) return false;
                if (_double > (double)decimal.MaxValue || _double < (double)decimal.MinValue) return false;
                value = (decimal)_double;
                return true;
        }
    }

    public double ToDouble() => Kind switch
    {
        NumericKind.Integer => _big is null ? _long : (double)_big.Value,
        NumericKind.Decimal => (double)_decimal,
        _ => _double,
    };

    public bool IsNaN => Kind >= NumericKind.Float && double.IsNaN(_double);

    public int Sign => Kind switch
    {
        NumericKind.Integer => _big is null ? Math.Sign(_long) : _big.Value.Sign,
        NumericKind.Decimal => Math.Sign(_decimal),
        _ => double.IsNaN(_double) ? 0 : Math.Sign(_double),
    };

    /// <summary>Converts to a kind at least as wide (numeric type promotion). Null when a value cannot be represented.</summary>
    public XsdNumeric? PromoteTo(NumericKind kind)
    {
        if (kind == Kind) return this;
        if (kind < Kind) return null;
        switch (kind)
        {
            case NumericKind.Decimal:
                return TryToDecimal(out var d) ? FromDecimal(d) : null;
            case NumericKind.Float:
                return FromFloat(ToDouble());
            default:
                return FromDouble(ToDouble());
        }
    }

    // ---- arithmetic (SPARQL 17.3: op:numeric-add etc.). Null = error. ----

    public static XsdNumeric? Add(XsdNumeric a, XsdNumeric b) => Arith(a, b, '+');
    public static XsdNumeric? Subtract(XsdNumeric a, XsdNumeric b) => Arith(a, b, '-');
    public static XsdNumeric? Multiply(XsdNumeric a, XsdNumeric b) => Arith(a, b, '*');

    /// <summary>Division; integer / integer gives a decimal, as XPath's op:numeric-divide says.</summary>
    public static XsdNumeric? Divide(XsdNumeric a, XsdNumeric b)
    {
        var kind = (NumericKind)Math.Max((int)Math.Max((int)a.Kind, (int)b.Kind), (int)NumericKind.Decimal);
        return Arith(a, b, '/', kind);
    }

    public XsdNumeric? Negate() => Kind switch
    {
        NumericKind.Integer => _big is null && _long != long.MinValue ? FromInteger(-_long) : FromInteger(-AsBigInteger),
        NumericKind.Decimal => FromDecimal(-_decimal),
        NumericKind.Float => FromFloat(-_double),
        _ => FromDouble(-_double),
    };

    private static XsdNumeric? Arith(XsdNumeric a, XsdNumeric b, char op, NumericKind? forced = null)
    {
        var kind = forced ?? (NumericKind)Math.Max((int)a.Kind, (int)b.Kind);
        if (a.PromoteTo(kind) is not XsdNumeric x || b.PromoteTo(kind) is not XsdNumeric y) return null;
        switch (kind)
        {
            case NumericKind.Integer:
                if (x._big is null && y._big is null)
                {
                    try
                    {
                        return op switch
                        {
                            '+' => FromInteger(checked(x._long + y._long)),
                            '-' => FromInteger(checked(x._long - y._long)),
                            _ => FromInteger(checked(x._long * y._long)),
                        };
                    }
                    catch (OverflowException) { }
                }
                return op switch
                {
                    '+' => FromInteger(x.AsBigInteger + y.AsBigInteger),
                    '-' => FromInteger(x.AsBigInteger - y.AsBigInteger),
                    _ => FromInteger(x.AsBigInteger * y.AsBigInteger),
                };
            case NumericKind.Decimal:
                try
                {
                    return op switch
                    {
                        '+' => FromDecimal(x._decimal + y._decimal),
                        '-' => FromDecimal(x._decimal - y._decimal),
                        '*' => FromDecimal(x._decimal * y._decimal),
                        _ => y._decimal == 0 ? null : FromDecimal(x._decimal / y._decimal),
                    };
                }
                catch (OverflowException) { return null; }
            default:
                double r = op switch
                {
                    '+' => x._double + y._double,
                    '-' => x._double - y._double,
                    '*' => x._double * y._double,
                    _ => x._double / y._double,
                };
                return kind == NumericKind.Float ? FromFloat(r) : FromDouble(r);
        }
    }

    /// <summary>Numeric comparison after promotion; null when either side is NaN.</summary>
    public static int? Compare(XsdNumeric a, XsdNumeric b)
    {
        var kind = (NumericKind)Math.Max((int)a.Kind, (int)b.Kind);
        if (kind == NumericKind.Decimal && (a.IsBigInteger || b.IsBigInteger))
            kind = NumericKind.Double;   // a huge integer does not fit a decimal; compare approximately
        if (a.PromoteTo(kind) is not XsdNumeric x || b.PromoteTo(kind) is not XsdNumeric y) return null;
        return kind switch
        {
            NumericKind.Integer => x._big is null && y._big is null ? x._long.CompareTo(y._long) : x.AsBigInteger.CompareTo(y.AsBigInteger),
            NumericKind.Decimal => x._decimal.CompareTo(y._decimal),
            _ => double.IsNaN(x._double) || double.IsNaN(y._double) ? null : x._double.CompareTo(y._double),
        };
    }

    public bool Equals(XsdNumeric other) => Kind == other.Kind && Compare(this, other) == 0;
    public override bool Equals(object? obj) => obj is XsdNumeric n && Equals(n);
    public override int GetHashCode() => HashCode.Combine(Kind, ToDouble());

    // ---- rounding functions (17.4.4) ----

    public XsdNumeric Abs() => Sign < 0 ? Negate()!.Value : this;

    public XsdNumeric Ceiling() => Round(Math.Ceiling, Math.Ceiling);
    public XsdNumeric Floor() => Round(Math.Floor, Math.Floor);

    /// <summary>fn:round: halves round towards positive infinity.</summary>
    public XsdNumeric RoundHalfUp() => Round(d => Math.Floor(d + 0.5m), d => Math.Floor(d + 0.5));

    private XsdNumeric Round(Func<decimal, decimal> onDecimal, Func<double, double> onDouble) => Kind switch
    {
        NumericKind.Integer => this,
        NumericKind.Decimal => FromDecimal(onDecimal(_decimal)),
        NumericKind.Float => FromFloat(onDouble(_double)),
        _ => FromDouble(onDouble(_double)),
    };

    // ---- lexical forms ----

    /// <summary>The canonical lexical form.</summary>
    public string ToCanonicalString() => Kind switch
    {
        NumericKind.Integer => _big is null ? _long.ToString(CultureInfo.InvariantCulture) : _big.Value.ToString(CultureInfo.InvariantCulture),
        NumericKind.Decimal => XsdCanonical.Decimal(_decimal),
        NumericKind.Float => XsdCanonical.Float(_double),
        _ => XsdCanonical.Double(_double),
    };

    public Iri Datatype => Kind switch
    {
        NumericKind.Integer => Vocab.Xsd.Integer,
        NumericKind.Decimal => Vocab.Xsd.Decimal,
        NumericKind.Float => Vocab.Xsd.Float,
        _ => Vocab.Xsd.Double,
    };

    /// <summary>A literal of the primitive numeric type holding this value, in canonical form.</summary>
    public Literal ToLiteral() => Literal.Typed(ToCanonicalString(), Datatype);

    public override string ToString() => ToCanonicalString();

    /// <summary>Parses xsd:integer's lexical space: [+-]?[0-9]+ (whitespace already collapsed).</summary>
    public static bool TryParseInteger(ReadOnlySpan<char> s, out XsdNumeric value)
    {
        value = default;
        if (!IsIntegerLexical(s)) return false;
        if (long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            value = FromInteger(l);
            return true;
        }
        value = FromInteger(BigInteger.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>Parses xsd:decimal's lexical space: [+-]?(digits(.digits?)?|.digits).</summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> s, out XsdNumeric value)
    {
        value = default;
        if (!IsDecimalLexical(s)) return false;
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
            return false;
        value = FromDecimal(d);
        return true;
    }

    /// <summary>Parses xsd:double / xsd:float lexical space: decimal with optional exponent, INF, +INF, -INF, NaN.</summary>
    public static bool TryParseFloating(ReadOnlySpan<char> s, bool isFloat, out XsdNumeric value)
    {
        value = default;
        double d;
        if (s.SequenceEqual("INF") || s.SequenceEqual("+INF")) d = double.PositiveInfinity;
        else if (s.SequenceEqual("-INF")) d = double.NegativeInfinity;
        else if (s.SequenceEqual("NaN")) d = double.NaN;
        else
        {
            int e = s.IndexOfAny('e', 'E');
            var mantissa = e < 0 ? s : s[..e];
            if (!IsDecimalLexical(mantissa)) return false;
            if (e >= 0 && !IsIntegerLexical(s[(e + 1)..])) return false;
            if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out d)) return false;
        }
        value = isFloat ? FromFloat(d) : FromDouble(d);
        return true;
    }

    private static bool IsIntegerLexical(ReadOnlySpan<char> s)
    {
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-')) s = s[1..];
        if (s.Length == 0) return false;
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static bool IsDecimalLexical(ReadOnlySpan<char> s)
    {
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-')) s = s[1..];
        int digits = 0, dots = 0;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c)) digits++;
            else if (c == '.' && dots == 0) dots++;
            else return false;
        }
        return digits > 0;
    }
}
