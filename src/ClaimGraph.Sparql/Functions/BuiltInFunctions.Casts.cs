using System.Numerics;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Xsd;

namespace ClaimGraph.Sparql.Functions;

// XSD constructor functions (casts), per the table of SPARQL 1.1 section 17.5. Language-tagged
// literals, blank nodes and ill-typed literals cannot be cast (an error); IRIs cast only to xsd:string.
public static partial class BuiltInFunctions
{
    private static IEnumerable<(string Iri, Func<Term?, Term?> Cast)> Casts()
    {
        const string xsd = Vocab.Xsd.Namespace;
        yield return (xsd + "string", CastToString);
        yield return (xsd + "boolean", CastToBoolean);
        yield return (xsd + "decimal", CastToDecimal);
        yield return (xsd + "float", a => CastToFloating(a, isFloat: true));
        yield return (xsd + "double", a => CastToFloating(a, isFloat: false));
        yield return (xsd + "dateTime", a => CastToDateTime(a, XsdDateTimeKind.DateTime));
        yield return (xsd + "date", a => CastToDateTime(a, XsdDateTimeKind.Date));
        yield return (xsd + "time", a => CastToDateTime(a, XsdDateTimeKind.Time));
        foreach (var integerType in new[] { "integer", "long", "int", "short", "byte", "nonNegativeInteger", "positiveInteger",
                     "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte" })
        {
            var datatype = new Iri(xsd + integerType);
            yield return (datatype.Value, a => CastToInteger(a, datatype));
        }
    }

    /// <summary>The source of a cast: a string's text, or a well-typed value of another datatype.</summary>
    private static bool TryCastSource(Term? a, out Literal literal, out bool isString)
    {
        literal = null!;
        isString = false;
        if (a is not Literal { HasLanguage: false } lit) return false;
        literal = lit;
        isString = lit.Datatype.Equals(Vocab.Xsd.String);
        return isString || !XsdLiterals.IsIllTyped(lit);
    }

    /// <summary>To xsd:string: strings and IRIs keep their text; values are written as XPath writes them.</summary>
    private static Term? CastToString(Term? a)
    {
        if (a is Iri iri) return Literal.String(iri.Value);
        if (!TryCastSource(a, out var lit, out bool isString)) return null;
        if (isString) return Literal.String(lit.Lexical);
        if (XsdLiterals.TryGetBoolean(lit, out var b)) return Literal.String(b ? "true" : "false");
        if (TermValues.TryNumeric(lit, out var n))
        {
            return Literal.String(n.Kind switch
            {
                NumericKind.Integer => n.ToCanonicalString(),
                NumericKind.Decimal => n.TryToDecimal(out var d) ? XsdCanonical.DecimalAsXPathString(d) : n.ToCanonicalString(),
                _ => XsdCanonical.FloatingAsXPathString(n.ToDouble(), n.Kind == NumericKind.Float),
            });
        }
        return Literal.String(lit.Lexical);
    }

    private static Term? CastToBoolean(Term? a)
    {
        if (!TryCastSource(a, out var lit, out bool isString)) return null;
        if (isString) return XsdLiterals.TryParseBoolean(XsdLiterals.Collapse(lit.Lexical), out var b) ? Literal.Boolean(b) : null;
        if (XsdLiterals.TryGetBoolean(lit, out var same)) return Literal.Boolean(same);
        if (TermValues.TryNumeric(lit, out var n)) return Literal.Boolean(!n.IsNaN && n.Sign != 0);
        return null;
    }

    private static Term? CastToInteger(Term? a, Iri datatype)
    {
        if (!TryCastSource(a, out var lit, out bool isString)) return null;
        BigInteger value;
        if (isString)
        {
            if (!XsdNumeric.TryParseInteger(XsdLiterals.Collapse(lit.Lexical), out var parsed)) return null;
            value = parsed.AsBigInteger;
        }
        else if (XsdLiterals.TryGetBoolean(lit, out var b)) value = b ? 1 : 0;
        else if (TermValues.TryNumeric(lit, out var n))
        {
            switch (n.Kind)
            {
                case NumericKind.Integer: value = n.AsBigInteger; break;
                case NumericKind.Decimal:
                    n.TryToDecimal(out var d);
                    value = new BigInteger(decimal.Truncate(d));
                    break;
                default:
                    double x = n.ToDouble();
                    if (double.IsNaN(x) || double.IsInfinity(x)) return null;
                    value = new BigInteger(Math.Truncate(x));
                    break;
            }
        }
        else return null;
        if (!XsdLiterals.IsInIntegerRange(datatype, value)) return null;
        return Literal.Typed(value.ToString(System.Globalization.CultureInfo.InvariantCulture), datatype);
    }

    private static Term? CastToDecimal(Term? a)
    {
        if (!TryCastSource(a, out var lit, out bool isString)) return null;
        if (isString)
            return XsdNumeric.TryParseDecimal(XsdLiterals.Collapse(lit.Lexical), out var parsed) ? parsed.ToLiteral() : null;
        if (XsdLiterals.TryGetBoolean(lit, out var b)) return Literal.Decimal(b ? 1 : 0);
        if (TermValues.TryNumeric(lit, out var n)) return n.TryToDecimal(out var d) ? XsdNumeric.FromDecimal(d).ToLiteral() : null;
        return null;
    }

    private static Term? CastToFloating(Term? a, bool isFloat)
    {
        if (!TryCastSource(a, out var lit, out bool isString)) return null;
        XsdNumeric result;
        if (isString)
        {
            if (!XsdNumeric.TryParseFloating(XsdLiterals.Collapse(lit.Lexical), isFloat, out result)) return null;
        }
        else if (XsdLiterals.TryGetBoolean(lit, out var b))
            result = isFloat ? XsdNumeric.FromFloat(b ? 1 : 0) : XsdNumeric.FromDouble(b ? 1 : 0);
        else if (TermValues.TryNumeric(lit, out var n))
            result = isFloat ? XsdNumeric.FromFloat(n.ToDouble()) : XsdNumeric.FromDouble(n.ToDouble());
        else return null;
        return result.ToLiteral();
    }

    private static Term? CastToDateTime(Term? a, XsdDateTimeKind kind)
    {
        if (!TryCastSource(a, out var lit, out bool isString)) return null;
        if (isString)
            return XsdDateTime.TryParse(XsdLiterals.Collapse(lit.Lexical), kind, out var parsed) ? parsed.ToLiteral() : null;
        if (!XsdLiterals.TryGetDateTime(lit, out var value)) return null;
        if (value.Kind == kind) return value.ToLiteral();
        // dateTime <-> date / time: keep the parts both have, as XPath's casts do.
        return (value.Kind, kind) switch
        {
            (XsdDateTimeKind.DateTime, XsdDateTimeKind.Date) => (value with { Kind = kind, Hour = 0, Minute = 0, Second = 0 }).ToLiteral(),
            (XsdDateTimeKind.DateTime, XsdDateTimeKind.Time) => (value with { Kind = kind, Year = 1972, Month = 12, Day = 31 }).ToLiteral(),
            (XsdDateTimeKind.Date, XsdDateTimeKind.DateTime) => (value with { Kind = kind }).ToLiteral(),
            _ => null,
        };
    }
}
