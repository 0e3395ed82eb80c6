using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Xsd;

namespace ClaimGraph.Sparql.Functions;

/// <summary>SPARQL 1.1 operators (17.3): effective boolean value, =, &lt;, arithmetic. Null means a SPARQL error.</summary>
public static partial class Operators
{
    /// <summary>Effective boolean value (17.2.2). Ill-typed booleans and numerics are false; other terms are an error.</summary>
    public static bool? EffectiveBooleanValue(Term? term)
    {
        if (term is not Literal lit) return null;
        var dt = lit.Datatype;
        if (dt.Equals(Vocab.Xsd.Boolean)) return XsdLiterals.TryGetBoolean(lit, out var b) && b;
        if (lit.HasLanguage || dt.Equals(Vocab.Xsd.String)) return lit.Lexical.Length > 0;
        if (XsdLiterals.IsNumericDatatype(dt))
            return XsdLiterals.TryGetNumeric(lit, out var n) && !n.IsNaN && n.Sign != 0;
        return null;
    }

    /// <summary>
    /// The "=" operator: value equality for numerics, strings, booleans, dates and durations, RDF term
    /// equality otherwise. Two literals that are different terms and whose values cannot be compared
    /// are an error, except that literals of different known value spaces are simply unequal.
    /// </summary>
    public static bool? ValueEquals(Term? a, Term? b)
    {
        if (a is null || b is null) return null;
        if (a is not Literal la || b is not Literal lb) return a.Equals(b);
        var ca = TermValues.Categorize(la);
        var cb = TermValues.Categorize(lb);
        if (ca == ValueCategory.None || cb == ValueCategory.None)
        {
            // Two typed literals, one of them unknown or ill-typed, might still have equal values: an error.
            // A language-tagged literal is known to differ from every typed literal.
            if (la.Equals(lb)) return true;
            return la.HasLanguage || lb.HasLanguage ? false : null;
        }
        if (ca != cb) return false;
        switch (ca)
        {
            case ValueCategory.Numeric:
                XsdLiterals.TryGetNumeric(la, out var na);
                XsdLiterals.TryGetNumeric(lb, out var nb);
                return XsdNumeric.Compare(na, nb) == 0;
            case ValueCategory.String:
                return string.Equals(la.Lexical, lb.Lexical, StringComparison.Ordinal);
            case ValueCategory.LangString:
                return la.Equals(lb);
            case ValueCategory.Boolean:
                XsdLiterals.TryGetBoolean(la, out var ba);
                XsdLiterals.TryGetBoolean(lb, out var bb);
                return ba == bb;
            case ValueCategory.DateTime:
                XsdLiterals.TryGetDateTime(la, out var da);
                XsdLiterals.TryGetDateTime(lb, out var db);
                return da.Kind != db.Kind ? false : XsdDateTime.ValueEquals(da, db);
            default:
                XsdLiterals.TryGetDuration(la, out var ua);
                XsdLiterals.TryGetDuration(lb, out var ub);
                return XsdDuration.ValueEquals(ua, ub);
        }
    }

    /// <summary>The "&lt;" family: sign of a compared with b; null when the operands are not comparable.</summary>
    public static int? ValueCompare(Term? a, Term? b)
    {
        if (a is not Literal la || b is not Literal lb) return null;
        var ca = TermValues.Categorize(la);
        if (ca != TermValues.Categorize(lb)) return null;
        switch (ca)
        {
            case ValueCategory.Numeric:
                XsdLiterals.TryGetNumeric(la, out var na);
                XsdLiterals.TryGetNumeric(lb, out var nb);
                return XsdNumeric.Compare(na, nb);
            case ValueCategory.String:
                return Math.Sign(TermValues.CompareCodePoints(la.Lexical, lb.Lexical));
            case ValueCategory.Boolean:
                XsdLiterals.TryGetBoolean(la, out var ba);
                XsdLiterals.TryGetBoolean(lb, out var bb);
                return ba.CompareTo(bb);
            case ValueCategory.DateTime:
                XsdLiterals.TryGetDateTime(la, out var da);
                XsdLiterals.TryGetDateTime(lb, out var db);
                return XsdDateTime.Compare(da, db);
            case ValueCategory.Duration:
                XsdLiterals.TryGetDuration(la, out var ua);
                XsdLiterals.TryGetDuration(lb, out var ub);
                return XsdDuration.Compare(ua, ub);
            default:
                return null;
        }
    }

    public static Term? Add(Term? a, Term? b) => Arithmetic(a, b, XsdNumeric.Add);
    public static Term? Subtract(Term? a, Term? b) => Arithmetic(a, b, XsdNumeric.Subtract);
    public static Term? Multiply(Term? a, Term? b) => Arithmetic(a, b, XsdNumeric.Multiply);
    public static Term? Divide(Term? a, Term? b) => Arithmetic(a, b, XsdNumeric.Divide);

    public static Term? UnaryMinus(Term? a) => TermValues.TryNumeric(a, out var n) ? n.Negate()?.ToLiteral() : null;

    public static Term? UnaryPlus(Term? a) => TermValues.TryNumeric(a, out _) ? a : null;

    private static Term? Arithmetic(Term? a, Term? b, Func<XsdNumeric, XsdNumeric, XsdNumeric?> op) =>
        TermValues.TryNumeric(a, out var x) && TermValues.TryNumeric(b, out var y) ? op(x, y)?.ToLiteral() : null;

    /// <summary>The ORDER BY order (15.1): unbound, blank nodes, IRIs, literals; see <see cref="OrderByComparer"/>.</summary>
    public static IComparer<Term?> OrderBy { get; } = new OrderByComparer();
}
