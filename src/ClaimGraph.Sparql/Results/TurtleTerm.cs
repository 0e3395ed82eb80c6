using System.Globalization;
using System.Text;
using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Sparql.Results;

/// <summary>Parses one RDF term written in Turtle without prefixes, as TSV results cells hold them.</summary>
internal static class TurtleTerm
{
    public static Term Parse(string text)
    {
        if (text.StartsWith('<') && text.EndsWith('>')) return new Iri(Unescape(text[1..^1]));
        if (text.StartsWith("_:", StringComparison.Ordinal)) return new BlankNode(text[2..]);
        if (text is "true" or "false") return text == "true" ? Literal.True : Literal.False;
        if (text.Length > 0 && (text[0] == '"' || text[0] == '\'')) return ParseQuoted(text);
        if (text.IndexOfAny(['e', 'E']) >= 0) return Literal.Typed(text, Vocab.Xsd.Double);
        if (text.Contains('.')) return Literal.Typed(text, Vocab.Xsd.Decimal);
        if (text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '+' or '-')) return Literal.Typed(text, Vocab.Xsd.Integer);
        throw new FormatException("not an RDF term in Turtle syntax: " + text);
    }

    private static Term ParseQuoted(string text)
    {
        char quote = text[0];
        bool longString = text.StartsWith(new string(quote, 3), StringComparison.Ordinal) && text.Length >= 6;
        int open = longString ? 3 : 1;
        int close = FindClosingQuote(text, open, quote, longString);
        string lexical = Unescape(text[open..close]);
        string rest = text[(close + open)..];
        if (rest.StartsWith('@')) return Literal.LangTagged(lexical, rest[1..]);
        if (rest.StartsWith("^^<", StringComparison.Ordinal) && rest.EndsWith('>'))
        {
            var datatype = new Iri(Unescape(rest[3..^1]));
            return datatype.Equals(Vocab.Xsd.String) ? Literal.String(lexical) : Literal.Typed(lexical, datatype);
        }
        if (rest.Length == 0) return Literal.String(lexical);
        throw new FormatException("unexpected text after a literal: " + rest);
    }

    private static int FindClosingQuote(string text, int start, char quote, bool longString)
    {
        for (int i = start; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] != quote) continue;
            if (!longString) return i;
            if (i + 2 < text.Length && text[i + 1] == quote && text[i + 2] == quote) return i;
        }
        throw new FormatException("unterminated literal: " + text);
    }

    /// <summary>Turtle string and IRI escapes: \t \n \r \b \f \" \' \\ \uXXXX \UXXXXXXXX.</summary>
    public static string Unescape(string s)
    {
        if (!s.Contains('\\')) return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length) { sb.Append(s[i]); continue; }
            char e = s[++i];
            switch (e)
            {
                case 't': sb.Append('\t'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'u':
                    sb.Append((char)int.Parse(s.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'U':
                    sb.Append(char.ConvertFromUtf32(int.Parse(s.AsSpan(i + 1, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    i += 8;
                    break;
                default: sb.Append(e); break;
            }
        }
        return sb.ToString();
    }
}
