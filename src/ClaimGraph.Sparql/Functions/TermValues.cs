using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Xsd;

namespace ClaimGraph.Sparql.Functions;

/// <summary>What kind of value a term has, for choosing which operator applies.</summary>
internal enum ValueCategory : byte
{
    /// <summary>An IRI, a blank node, an ill-typed literal or a literal of a datatype we do not know.</summary>
    None,
    Numeric,
    /// <summary>A simple literal or an xsd:string literal (the same thing in RDF 1.1).</summary>
    String,
    LangString,
    Boolean,
    DateTime,
    Duration,
}

/// <summary>Reads the value behind a term, as the operators and functions need it.</summary>
internal static class TermValues
{
    public static ValueCategory Categorize(Term? term)
    {
        if (term is not Literal lit) return ValueCategory.None;
        if (lit.HasLanguage) return ValueCategory.LangString;
        var dt = lit.Datatype;
        if (dt.Equals(Vocab.Xsd.String)) return ValueCategory.String;
        if (XsdLiterals.IsNumericDatatype(dt)) return XsdLiterals.TryGetNumeric(lit, out _) ? ValueCategory.Numeric : ValueCategory.None;
        if (dt.Equals(Vocab.Xsd.Boolean)) return XsdLiterals.TryGetBoolean(lit, out _) ? ValueCategory.Boolean : ValueCategory.None;
        if (XsdLiterals.IsDateTimeDatatype(dt)) return XsdLiterals.TryGetDateTime(lit, out _) ? ValueCategory.DateTime : ValueCategory.None;
        if (XsdLiterals.IsDurationDatatype(dt)) return XsdLiterals.TryGetDuration(lit, out _) ? ValueCategory.Duration : ValueCategory.None;
        return ValueCategory.None;
    }

    /// <summary>
    /// A hash key such that terms equal under "=" (<see cref="Operators.ValueEquals"/>) have equal
    /// keys; unequal terms may share one (callers still test "="). Null for an error (no term).
    /// </summary>
    public static object? EqualityKey(Term? term)
    {
        if (term is not Literal lit) return term;
        return Categorize(lit) switch
        {
            ValueCategory.String => lit.Lexical,
            // Promotion to float or double can make unequal-looking numerals equal: one bucket.
            ValueCategory.Numeric => ValueCategory.Numeric,
            ValueCategory.Boolean => XsdLiterals.TryGetBoolean(lit, out var b) && b,
            ValueCategory.DateTime or ValueCategory.Duration => ValueCategory.DateTime,
            _ => lit,
        };
    }

    public static bool TryNumeric(Term? term, out XsdNumeric value)
    {
        value = default;
        return term is Literal lit && !lit.HasLanguage && XsdLiterals.TryGetNumeric(lit, out value);
    }

    /// <summary>A simple literal or xsd:string literal: its lexical form.</summary>
    public static bool TrySimpleString(Term? term, out string value)
    {
        if (term is Literal { HasLanguage: false } lit && lit.Datatype.Equals(Vocab.Xsd.String))
        {
            value = lit.Lexical;
            return true;
        }
        value = "";
        return false;
    }

    /// <summary>A string literal in SPARQL's sense (17.4.3.1.1): simple, xsd:string or language-tagged.</summary>
    public static bool TryStringLiteral(Term? term, out Literal literal)
    {
        if (term is Literal lit && (lit.HasLanguage || lit.Datatype.Equals(Vocab.Xsd.String)))
        {
            literal = lit;
            return true;
        }
        literal = null!;
        return false;
    }

    /// <summary>
    /// Argument compatibility (17.4.3.1.2): both simple/xsd:string, both with the same language tag,
    /// or the first language-tagged and the second simple/xsd:string.
    /// </summary>
    public static bool TryCompatibleStrings(Term? first, Term? second, out Literal a, out Literal b)
    {
        if (!TryStringLiteral(first, out a) || !TryStringLiteral(second, out b)) { a = b = null!; return false; }
        if (!b.HasLanguage) return true;
        return a.HasLanguage && string.Equals(a.Language, b.Language, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A string literal with the same language tag (or xsd:string) as the template.</summary>
    public static Literal LikeString(Literal template, string lexical) =>
        template.Language is string lang ? Literal.LangTagged(lexical, lang) : Literal.String(lexical);

    /// <summary>Compares strings by Unicode code point, as XPath's default collation does (UTF-16 ordinal order differs for surrogates).</summary>
    public static int CompareCodePoints(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            char x = a[i], y = b[i];
            if (x == y) continue;
            // Surrogates (U+D800-DFFF) encode code points above U+FFFF: they sort after U+E000-FFFF.
            bool xs = char.IsSurrogate(x), ys = char.IsSurrogate(y);
            if (xs != ys) return xs ? 1 : -1;
            return x.CompareTo(y);
        }
        return a.Length.CompareTo(b.Length);
    }
}
