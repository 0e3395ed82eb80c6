using System.Globalization;
using System.Text;

namespace ClaimGraph.Rdf.Syntax;

/// <summary>Character classes and escapes shared by the N-Triples, N-Quads, Turtle and TriG grammars (code points).</summary>
internal static class RdfChars
{
    public static bool IsPnCharsBase(int c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z'
        or >= 0x00C0 and <= 0x00D6 or >= 0x00D8 and <= 0x00F6 or >= 0x00F8 and <= 0x02FF
        or >= 0x0370 and <= 0x037D or >= 0x037F and <= 0x1FFF or >= 0x200C and <= 0x200D
        or >= 0x2070 and <= 0x218F or >= 0x2C00 and <= 0x2FEF or >= 0x3001 and <= 0xD7FF
        or >= 0xF900 and <= 0xFDCF or >= 0xFDF0 and <= 0xFFFD or >= 0x10000 and <= 0xEFFFF;

    public static bool IsPnCharsU(int c) => c == '_' || IsPnCharsBase(c);

    public static bool IsPnChars(int c) =>
        IsPnCharsU(c) || c is '-' or >= '0' and <= '9' or 0x00B7 or >= 0x0300 and <= 0x036F or >= 0x203F and <= 0x2040;

    /// <summary>Characters IRIREF does not allow raw: #x00-#x20 and &lt;&gt;"{}|^`\.</summary>
    public static bool IsForbiddenInIri(int c) => c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\';

    /// <summary>Characters that may follow '\' in a Turtle local name (PN_LOCAL_ESC).</summary>
    public static bool IsLocalNameEscape(int c) =>
        c is '_' or '~' or '.' or '-' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or '/' or '?' or '#' or '@' or '%';

    public static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>The code point at index i of a span (a surrogate pair counts as one), and its width in chars.</summary>
    public static int CodePointAt(ReadOnlySpan<char> s, int i, out int width)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }
        width = 1;
        return c;
    }

    /// <summary>Appends a code point given by a \u or \U escape; false when it is not a Unicode scalar value.</summary>
    public static bool AppendCodePoint(StringBuilder sb, int codePoint)
    {
        if (codePoint is < 0 or > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF) return false;
        if (codePoint < 0x10000) sb.Append((char)codePoint);
        else sb.Append(char.ConvertFromUtf32(codePoint));
        return true;
    }

    /// <summary>A printable description of a character for error messages.</summary>
    public static string Describe(int c) => c switch
    {
        -1 => "end of input",
        '\n' => "end of line",
        '\r' => "carriage return",
        '\t' => "tab",
        ' ' => "space",
        < 0x20 or 0x7F => "control character U+" + c.ToString("X4", CultureInfo.InvariantCulture),
        _ => "'" + char.ConvertFromUtf32(c is >= 0xD800 and <= 0xDFFF ? 0xFFFD : c) + "'",
    };
}
