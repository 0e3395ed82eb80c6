using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Xsd;

namespace ClaimGraph.Sparql.Functions;

/// <summary>
/// A term with its value read once: the category the operators dispatch on and, for numerics,
/// booleans, dates and durations, the parsed value. Parsing the lexical form is the costly part of
/// comparing literals, so the evaluator keeps one of these per term id (see <c>TermTable.ValueOf</c>)
/// and FILTER comparisons, MIN/MAX and sorting on a band read them instead of parsing per solution.
/// </summary>
internal readonly struct TermValue
{
    private TermValue(Term? term, ValueCategory category, XsdNumeric numeric = default, bool boolean = false,
        XsdDateTime dateTime = default, XsdDuration duration = default)
    {
        Term = term;
        Category = category;
        Numeric = numeric;
        Boolean = boolean;
        DateTime = dateTime;
        Duration = duration;
    }

    /// <summary>The term; null for an error or an unbound variable.</summary>
    public Term? Term { get; }

    public ValueCategory Category { get; }

    public XsdNumeric Numeric { get; }

    public bool Boolean { get; }

    public XsdDateTime DateTime { get; }

    public XsdDuration Duration { get; }

    /// <summary>The term's literal; only when <see cref="Category"/> is not None, or the term is a literal of no known value space.</summary>
    public Literal? Literal => Term as Literal;

    /// <summary>Reads the value: the category as <see cref="TermValues.Categorize"/> gives it, with the value parsed.</summary>
    public static TermValue Of(Term? term)
    {
        if (term is not Literal lit) return new TermValue(term, ValueCategory.None);
        if (lit.HasLanguage) return new TermValue(term, ValueCategory.LangString);
        var dt = lit.Datatype;
        if (dt.Equals(Vocab.Xsd.String)) return new TermValue(term, ValueCategory.String);
        if (XsdLiterals.IsNumericDatatype(dt))
            return XsdLiterals.TryGetNumeric(lit, out var n) ? new TermValue(term, ValueCategory.Numeric, numeric: n) : new TermValue(term, ValueCategory.None);
        if (dt.Equals(Vocab.Xsd.Boolean))
            return XsdLiterals.TryGetBoolean(lit, out var b) ? new TermValue(term, ValueCategory.Boolean, boolean: b) : new TermValue(term, ValueCategory.None);
        if (XsdLiterals.IsDateTimeDatatype(dt))
            return XsdLiterals.TryGetDateTime(lit, out var d) ? new TermValue(term, ValueCategory.DateTime, dateTime: d) : new TermValue(term, ValueCategory.None);
        if (XsdLiterals.IsDurationDatatype(dt))
            return XsdLiterals.TryGetDuration(lit, out var u) ? new TermValue(term, ValueCategory.Duration, duration: u) : new TermValue(term, ValueCategory.None);
        return new TermValue(term, ValueCategory.None);
    }
}
