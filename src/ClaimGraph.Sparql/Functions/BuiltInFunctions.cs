using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Sparql.Functions;

/// <summary>
/// SPARQL 1.1 built-in functions (17.4) and XSD casts (17.5), looked up by name. The function bodies
/// live in the partial files next to this one, one file per family (terms, strings, numerics,
/// dates, hashes, casts). Every function returns null for a SPARQL error, never throws.
/// </summary>
public static partial class BuiltInFunctions
{
    private delegate Term? Function(IReadOnlyList<Term?> args, FunctionContext context);

    private sealed record Entry(int MinArgs, int MaxArgs, Function Body);

    private static readonly Dictionary<string, Entry> Table = BuildTable();

    /// <summary>True for a built-in keyword (upper case, e.g. "STRLEN") or a cast function IRI (e.g. xsd:integer).</summary>
    public static bool IsKnown(string name) => Table.ContainsKey(name);

    /// <summary>The number of arguments the function accepts, or null when it is not known.</summary>
    public static (int Min, int Max)? Arity(string name) => Table.TryGetValue(name, out var e) ? (e.MinArgs, e.MaxArgs) : null;

    /// <summary>Calls a built-in. Unknown names and wrong argument counts are errors (null).</summary>
    public static Term? Call(string name, IReadOnlyList<Term?> args, FunctionContext context)
    {
        if (!Table.TryGetValue(name, out var entry) || args.Count < entry.MinArgs || args.Count > entry.MaxArgs) return null;
        return entry.Body(args, context);
    }

    private static Dictionary<string, Entry> BuildTable()
    {
        var t = new Dictionary<string, Entry>(StringComparer.Ordinal);
        void Add(string name, int min, int max, Function body) => t[name] = new Entry(min, max, body);
        void Add1(string name, Func<Term?, Term?> body) => Add(name, 1, 1, (a, _) => body(a[0]));
        void Add2(string name, Func<Term?, Term?, Term?> body) => Add(name, 2, 2, (a, _) => body(a[0], a[1]));

        // Terms (17.4.2)
        Add1("ISIRI", a => Literal.Boolean(a is Iri));
        Add1("ISURI", a => Literal.Boolean(a is Iri));
        Add1("ISBLANK", a => Literal.Boolean(a is BlankNode));
        Add1("ISLITERAL", a => Literal.Boolean(a is Literal));
        Add1("ISNUMERIC", a => Literal.Boolean(TermValues.TryNumeric(a, out _)));
        Add1("STR", Str);
        Add1("LANG", Lang);
        Add1("DATATYPE", Datatype);
        Add("IRI", 1, 1, (a, c) => ToIri(a[0], c));
        Add("URI", 1, 1, (a, c) => ToIri(a[0], c));
        Add("BNODE", 0, 1, (a, c) => BNode(a.Count == 0 ? null : a[0], a.Count == 1, c));
        Add2("STRDT", StrDt);
        Add2("STRLANG", StrLang);
        Add("UUID", 0, 0, (_, _) => new Iri("urn:uuid:" + Guid.NewGuid().ToString("D")));
        Add("STRUUID", 0, 0, (_, _) => Literal.String(Guid.NewGuid().ToString("D")));
        Add2("SAMETERM", (a, b) => a is null || b is null ? null : Literal.Boolean(a.Equals(b)));
        Add2("LANGMATCHES", LangMatches);

        // Strings (17.4.3)
        Add1("STRLEN", StrLen);
        Add("SUBSTR", 2, 3, (a, _) => Substr(a[0], a[1], a.Count == 3 ? a[2] : null, a.Count == 3));
        Add1("UCASE", a => TermValues.TryStringLiteral(a, out var s) ? TermValues.LikeString(s, s.Lexical.ToUpperInvariant()) : null);
        Add1("LCASE", a => TermValues.TryStringLiteral(a, out var s) ? TermValues.LikeString(s, s.Lexical.ToLowerInvariant()) : null);
        Add2("STRSTARTS", (a, b) => TermValues.TryCompatibleStrings(a, b, out var x, out var y) ? Literal.Boolean(x.Lexical.StartsWith(y.Lexical, StringComparison.Ordinal)) : null);
        Add2("STRENDS", (a, b) => TermValues.TryCompatibleStrings(a, b, out var x, out var y) ? Literal.Boolean(x.Lexical.EndsWith(y.Lexical, StringComparison.Ordinal)) : null);
        Add2("CONTAINS", (a, b) => TermValues.TryCompatibleStrings(a, b, out var x, out var y) ? Literal.Boolean(x.Lexical.Contains(y.Lexical, StringComparison.Ordinal)) : null);
        Add2("STRBEFORE", StrBefore);
        Add2("STRAFTER", StrAfter);
        Add1("ENCODE_FOR_URI", EncodeForUri);
        Add("CONCAT", 0, int.MaxValue, (a, _) => Concat(a));
        Add("REGEX", 2, 3, (a, _) => Regex(a[0], a[1], a.Count == 3 ? a[2] : null));
        Add("REPLACE", 3, 4, (a, _) => Replace(a[0], a[1], a[2], a.Count == 4 ? a[3] : null));

        // Numerics (17.4.4)
        Add1("ABS", a => TermValues.TryNumeric(a, out var n) ? n.Abs().ToLiteral() : null);
        Add1("CEIL", a => TermValues.TryNumeric(a, out var n) ? n.Ceiling().ToLiteral() : null);
        Add1("FLOOR", a => TermValues.TryNumeric(a, out var n) ? n.Floor().ToLiteral() : null);
        Add1("ROUND", a => TermValues.TryNumeric(a, out var n) ? n.RoundHalfUp().ToLiteral() : null);
        Add("RAND", 0, 0, (_, c) => Literal.Double(c.Random.NextDouble()));

        // Dates and times (17.4.5)
        Add1("YEAR", Year);
        Add1("MONTH", Month);
        Add1("DAY", Day);
        Add1("HOURS", Hours);
        Add1("MINUTES", Minutes);
        Add1("SECONDS", Seconds);
        Add1("TIMEZONE", Timezone);
        Add1("TZ", Tz);
        Add("NOW", 0, 0, (_, c) => Now(c));

        // Hashes (17.4.6)
        Add1("MD5", a => Hash(a, System.Security.Cryptography.MD5.HashData));
        Add1("SHA1", a => Hash(a, System.Security.Cryptography.SHA1.HashData));
        Add1("SHA256", a => Hash(a, System.Security.Cryptography.SHA256.HashData));
        Add1("SHA384", a => Hash(a, System.Security.Cryptography.SHA384.HashData));
        Add1("SHA512", a => Hash(a, System.Security.Cryptography.SHA512.HashData));

        // Casts (17.5)
        foreach (var (iri, cast) in Casts())
            Add1(iri, cast);

        return t;
    }
}
