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

    /// <summary>
    /// Escapes a string as canonical N-Triples does: ECHAR for \b \t \n \f \r " and \\, UCHAR for the
    /// other control characters; everything else raw. Valid inside Turtle strings too.
    /// </summary>
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
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case < ' ' or '\u007F': sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }
    }
}
