using System.Text;

namespace ClaimGraph.Rdf.Model;

/// <summary>Writes terms in their N-Triples form, escaping as the N-Triples canonical form asks.</summary>
public static class NTriplesFormat
{
    public static string Iri(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('<');
        foreach (var rune in value.EnumerateRunes())
        {
            int c = rune.Value;
            if (c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
                sb.Append(c <= 0xFFFF ? $"\\u{c:X4}" : $"\\U{c:X8}");
            else
                sb.Append(rune.ToString());
        }
        return sb.Append('>').ToString();
    }

    public static string Literal(Literal literal)
    {
        var sb = new StringBuilder(literal.Lexical.Length + 2).Append('"');
        AppendEscapedString(sb, literal.Lexical);
        sb.Append('"');
        if (literal.Language is not null) sb.Append('@').Append(literal.Language);
        else if (!literal.Datatype.Equals(Vocab.Xsd.String)) sb.Append("^^").Append(Iri(literal.Datatype.Value));
        return sb.ToString();
    }

    /// <summary>Escapes the characters N-Triples does not allow raw inside a quoted string.</summary>
    public static void AppendEscapedString(StringBuilder sb, string value)
    {
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                default: sb.Append(c); break;
            }
        }
    }
}
