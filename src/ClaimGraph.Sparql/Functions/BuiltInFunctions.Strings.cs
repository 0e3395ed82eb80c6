using System.Globalization;
using System.Text;
using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Sparql.Functions;

// Functions on strings (17.4.3). Lengths and positions count Unicode code points, not UTF-16 units.
public static partial class BuiltInFunctions
{
    private static Term? StrLen(Term? a) =>
        TermValues.TryStringLiteral(a, out var s) ? Literal.Integer(CountCodePoints(s.Lexical)) : null;

    private static int CountCodePoints(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            n++;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
        }
        return n;
    }

    /// <summary>SUBSTR as XPath's fn:substring: positions p with round(start) &lt;= p &lt; round(start) + round(length), from 1.</summary>
    private static Term? Substr(Term? source, Term? start, Term? length, bool hasLength)
    {
        if (!TermValues.TryStringLiteral(source, out var s) || !TermValues.TryNumeric(start, out var startValue)) return null;
        double first = XPathRound(startValue.ToDouble());
        double end = double.PositiveInfinity;
        if (hasLength)
        {
            if (!TermValues.TryNumeric(length, out var lengthValue)) return null;
            end = first + XPathRound(lengthValue.ToDouble());
        }
        var sb = new StringBuilder();
        int position = 1;
        foreach (var rune in s.Lexical.EnumerateRunes())
        {
            if (position >= first && position < end) sb.Append(rune.ToString());
            position++;
        }
        return TermValues.LikeString(s, sb.ToString());
    }

    private static double XPathRound(double d) => double.IsNaN(d) || double.IsInfinity(d) ? d : Math.Floor(d + 0.5);

    /// <summary>STRBEFORE: the part before the first match, typed like the first argument; "" (simple) when there is no match.</summary>
    private static Term? StrBefore(Term? a, Term? b)
    {
        if (!TermValues.TryCompatibleStrings(a, b, out var x, out var y)) return null;
        int i = x.Lexical.IndexOf(y.Lexical, StringComparison.Ordinal);
        return i < 0 ? Literal.String("") : TermValues.LikeString(x, x.Lexical[..i]);
    }

    private static Term? StrAfter(Term? a, Term? b)
    {
        if (!TermValues.TryCompatibleStrings(a, b, out var x, out var y)) return null;
        int i = x.Lexical.IndexOf(y.Lexical, StringComparison.Ordinal);
        return i < 0 ? Literal.String("") : TermValues.LikeString(x, x.Lexical[(i + y.Lexical.Length)..]);
    }

    /// <summary>ENCODE_FOR_URI: percent-encodes the UTF-8 bytes of everything but RFC 3986 unreserved characters.</summary>
    private static Term? EncodeForUri(Term? a)
    {
        if (!TermValues.TryStringLiteral(a, out var s)) return null;
        var sb = new StringBuilder(s.Lexical.Length);
        foreach (byte b in Encoding.UTF8.GetBytes(s.Lexical))
        {
            char c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')) sb.Append(c);
            else sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return Literal.String(sb.ToString());
    }

    /// <summary>CONCAT: the language tag survives only when every argument has the same one.</summary>
    private static Term? Concat(IReadOnlyList<Term?> args)
    {
        var sb = new StringBuilder();
        string? language = null;
        bool sameLanguage = true;
        for (int i = 0; i < args.Count; i++)
        {
            if (!TermValues.TryStringLiteral(args[i], out var s)) return null;
            sb.Append(s.Lexical);
            if (i == 0) language = s.Language;
            else if (!string.Equals(language, s.Language, StringComparison.OrdinalIgnoreCase)) sameLanguage = false;
        }
        return sameLanguage && language is not null ? Literal.LangTagged(sb.ToString(), language) : Literal.String(sb.ToString());
    }

    private static Term? Regex(Term? text, Term? pattern, Term? flags)
    {
        if (!TermValues.TryStringLiteral(text, out var t) || !TermValues.TrySimpleString(pattern, out var p)) return null;
        string f = "";
        if (flags is not null && !TermValues.TrySimpleString(flags, out f)) return null;
        var regex = XPathRegex.Get(p, f);
        if (regex is null) return null;
        try { return Literal.Boolean(regex.IsMatch(t.Lexical)); }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException) { return null; }
    }

    /// <summary>REPLACE as fn:replace: $n group references, "\$" and "\\" escapes; a pattern matching "" is an error.</summary>
    private static Term? Replace(Term? text, Term? pattern, Term? replacement, Term? flags)
    {
        if (!TermValues.TryStringLiteral(text, out var t) || !TermValues.TrySimpleString(pattern, out var p)
            || !TermValues.TrySimpleString(replacement, out var r)) return null;
        string f = "";
        if (flags is not null && !TermValues.TrySimpleString(flags, out f)) return null;
        var regex = XPathRegex.Get(p, f);
        if (regex is null) return null;
        try
        {
            if (regex.IsMatch("")) return null;
            var netReplacement = f.Contains('q') ? r.Replace("$", "$$") : XPathRegex.TranslateReplacement(r);
            if (netReplacement is null) return null;
            return TermValues.LikeString(t, regex.Replace(t.Lexical, netReplacement));
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException) { return null; }
    }
}
