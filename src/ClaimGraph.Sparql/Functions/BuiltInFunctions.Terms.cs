using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Sparql.Functions;

// Functions on RDF terms (17.4.2).
public static partial class BuiltInFunctions
{
    private static Term? Str(Term? a) => a switch
    {
        Literal l => Literal.String(l.Lexical),
        Iri i => Literal.String(i.Value),
        _ => null,
    };

    private static Term? Lang(Term? a) => a is Literal l ? Literal.String(l.Language ?? "") : null;

    private static Term? Datatype(Term? a) => a is Literal l ? l.Datatype : null;

    /// <summary>IRI(): an IRI stays; a simple string is resolved against the query's base IRI.</summary>
    private static Term? ToIri(Term? a, FunctionContext context)
    {
        if (a is Iri) return a;
        if (!TermValues.TrySimpleString(a, out var s)) return null;
        return IriText.TryResolve(context.BaseIri, s, out var resolved) ? new Iri(resolved) : null;
    }

    private static Term? BNode(Term? label, bool hasArgument, FunctionContext context)
    {
        if (!hasArgument) return BlankNode.Fresh();
        return TermValues.TrySimpleString(label, out var s) ? context.BlankNodeForLabel(s) : null;
    }

    private static Term? StrDt(Term? lexical, Term? datatype) =>
        TermValues.TrySimpleString(lexical, out var s) && datatype is Iri dt && !dt.Equals(Vocab.Rdf.LangString)
            ? (dt.Equals(Vocab.Xsd.String) ? Literal.String(s) : Literal.Typed(s, dt))
            : null;

    private static Term? StrLang(Term? lexical, Term? language) =>
        TermValues.TrySimpleString(lexical, out var s) && TermValues.TrySimpleString(language, out var tag) && IsLanguageTag(tag)
            ? Literal.LangTagged(s, tag)
            : null;

    /// <summary>BCP 47 shape as RDF needs it: letters, then "-"-separated alphanumeric subtags.</summary>
    private static bool IsLanguageTag(string tag)
    {
        if (tag.Length == 0) return false;
        var parts = tag.Split('-');
        if (parts[0].Length is < 1 or > 8 || !parts[0].All(char.IsAsciiLetter)) return false;
        return parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }

    /// <summary>LANGMATCHES: RFC 4647 basic filtering, "*" matching any non-empty tag.</summary>
    private static Term? LangMatches(Term? tag, Term? range)
    {
        if (!TermValues.TrySimpleString(tag, out var t) || !TermValues.TrySimpleString(range, out var r)) return null;
        if (r == "*") return Literal.Boolean(t.Length > 0);
        bool matches = t.Equals(r, StringComparison.OrdinalIgnoreCase)
            || (t.Length > r.Length && t[r.Length] == '-' && t.StartsWith(r, StringComparison.OrdinalIgnoreCase) && r.Length > 0);
        return Literal.Boolean(matches);
    }
}
