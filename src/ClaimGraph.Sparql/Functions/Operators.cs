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
    public static bool? ValueEquals(Term? a, Term? b) => ValueEquals(TermValue.Of(a), TermValue.Of(b));

    /// <summary>"=" on values already read (<see cref="TermValue"/>).</summary>
    internal static bool? ValueEquals(in TermValue a, in TermValue b)
    {
        if (a.Term is null || b.Term is null) return null;
        if (a.Term is not Literal la || b.Term is not Literal lb) return a.Term.Equals(b.Term);
        var ca = a.Category;
        var cb = b.Category;
        if (ca == ValueCategory.None || cb == ValueCategory.None)
        {
            // Two typed literals, one of them unknown or ill-typed, might still have equal values: an error.
            // A language-tagged literal is known to differ from every typed literal.
            if (la.Equals(lb)) return true;
            return la.HasLanguage || lb.HasLanguage ? false : null;
        }
        if (ca != cb) return false;
        return ca switch
        {
            ValueCategory.Numeric => XsdNumeric.Compare(a.Numeric, b.Numeric) == 0,
            ValueCategory.String => string.Equals(la.Lexical, lb.Lexical, StringComparison.Ordinal),
            ValueCategory.LangString => la.Equals(lb),
            ValueCategory.Boolean => a.Boolean == b.Boolean,
            ValueCategory.DateTime => a.DateTime.Kind != b.DateTime.Kind ? false : CompareDateTimes(a.DateTime, b.DateTime) is int c ? c == 0 : null,
            _ => XsdDuration.ValueEquals(a.Duration, b.Duration),
        };
    }

    /// <summary>The "&lt;" family: sign of a compared with b; null when the operands are not comparable.</summary>
    public static int? ValueCompare(Term? a, Term? b)
    {
        if (a is not Literal || b is not Literal) return null;
        return ValueCompare(TermValue.Of(a), TermValue.Of(b));
    }

    /// <summary>"&lt;" and its family on values already read (<see cref="TermValue"/>).</summary>
    internal static int? ValueCompare(in TermValue a, in TermValue b)
    {
        if (a.Category != b.Category) return null;
        return a.Category switch
        {
            ValueCategory.Numeric => XsdNumeric.Compare(a.Numeric, b.Numeric),
            ValueCategory.String => Math.Sign(TermValues.CompareCodePoints(a.Literal!.Lexical, b.Literal!.Lexical)),
            ValueCategory.Boolean => a.Boolean.CompareTo(b.Boolean),
            ValueCategory.DateTime => CompareDateTimes(a.DateTime, b.DateTime),
            ValueCategory.Duration => XsdDuration.Compare(a.Duration, b.Duration),
            _ => null,
        };
    }

    /// <summary>
    /// XSD order of two date/time values. Of one kind and one timezone (or none), the order on the
    /// time line is the order of the fields (before 24:00, which is the next day's 00:00): compared
    /// field by field, without the decimal arithmetic of the general case.
    /// </summary>
    private static int? CompareDateTimes(XsdDateTime a, XsdDateTime b)
    {
        if (a.Kind != b.Kind || a.TimezoneMinutes != b.TimezoneMinutes || a.Hour >= 24 || b.Hour >= 24)
            return XsdDateTime.Compare(a, b);
        int c = a.Year.CompareTo(b.Year);
        if (c == 0) c = a.Month.CompareTo(b.Month);
        if (c == 0) c = a.Day.CompareTo(b.Day);
        if (c == 0) c = a.Hour.CompareTo(b.Hour);
        if (c == 0) c = a.Minute.CompareTo(b.Minute);
        if (c == 0) c = a.Second.CompareTo(b.Second);
        return Math.Sign(c);
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
    public static IComparer<Term?> OrderBy => OrderByValues;

    /// <summary>The same order, also over values already read (<see cref="TermValue"/>).</summary>
    internal static OrderByComparer OrderByValues { get; } = new();
}
