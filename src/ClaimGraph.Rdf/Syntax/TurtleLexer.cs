using System.Text;

namespace ClaimGraph.Rdf.Syntax;

internal enum TurtleTokenKind
{
    EndOfInput,
    IriRef,          // Text = the IRI as written, escapes decoded, not yet resolved
    PrefixedName,    // Text = prefix (without ':'), Local = local name, escapes decoded
    BlankNodeLabel,  // Text = label
    LangTag,         // Text = tag without '@' (also "prefix" and "base" of the @-directives)
    String,          // Text = value
    Integer,
    Decimal,
    Double,
    Word,            // a bare name not followed by ':' (a, true, false, PREFIX, BASE, GRAPH)
    Dot, Semicolon, Comma, OpenBracket, CloseBracket, OpenParen, CloseParen, OpenBrace, CloseBrace, DoubleCaret,
}

internal readonly record struct TurtleToken(TurtleTokenKind Kind, string Text, string? Local, int Line, int Column)
{
    public override string ToString() => Kind switch
    {
        TurtleTokenKind.EndOfInput => "end of input",
        TurtleTokenKind.IriRef => "<" + Text + ">",
        TurtleTokenKind.PrefixedName => "'" + Text + ":" + Local + "'",
        TurtleTokenKind.BlankNodeLabel => "'_:" + Text + "'",
        TurtleTokenKind.LangTag => "'@" + Text + "'",
        TurtleTokenKind.String => "a string",
        TurtleTokenKind.Integer or TurtleTokenKind.Decimal or TurtleTokenKind.Double => "number " + Text,
        _ => "'" + Text + "'",
    };
}

/// <summary>Splits Turtle and TriG text into tokens (the terminals of the W3C grammars).</summary>
internal sealed class TurtleLexer(CharSource source)
{
    private readonly StringBuilder _text = new();

    public TurtleToken Next()
    {
        SkipWhitespaceAndComments();
        int line = source.Line, column = source.Column;
        int c = source.Peek();
        switch (c)
        {
            case -1: return new(TurtleTokenKind.EndOfInput, "", null, line, column);
            case '<': return new(TurtleTokenKind.IriRef, ReadIriRef(), null, line, column);
            case '"' or '\'': return new(TurtleTokenKind.String, ReadString(), null, line, column);
            case '@': return new(TurtleTokenKind.LangTag, ReadLangTag(), null, line, column);
            case ';': return Punctuation(TurtleTokenKind.Semicolon, line, column);
            case ',': return Punctuation(TurtleTokenKind.Comma, line, column);
            case '[': return Punctuation(TurtleTokenKind.OpenBracket, line, column);
            case ']': return Punctuation(TurtleTokenKind.CloseBracket, line, column);
            case '(': return Punctuation(TurtleTokenKind.OpenParen, line, column);
            case ')': return Punctuation(TurtleTokenKind.CloseParen, line, column);
            case '{': return Punctuation(TurtleTokenKind.OpenBrace, line, column);
            case '}': return Punctuation(TurtleTokenKind.CloseBrace, line, column);
            case '^':
                source.Advance();
                if (source.Peek() != '^') throw source.Error("expected '^^' before a datatype, found " + RdfChars.Describe(source.Peek()));
                source.Advance();
                return new(TurtleTokenKind.DoubleCaret, "^^", null, line, column);
            case '.':
                if (IsDigit(source.Peek(1))) return ReadNumber(line, column);
                return Punctuation(TurtleTokenKind.Dot, line, column);
            case '+' or '-' or (>= '0' and <= '9'):
                return ReadNumber(line, column);
            case '_':
                if (source.Peek(1) != ':') throw source.Error("expected ':' after '_' to start a blank node label");
                return new(TurtleTokenKind.BlankNodeLabel, ReadBlankNodeLabel(), null, line, column);
        }
        int codePoint = PeekCodePoint(0, out _);
        if (codePoint == ':' || RdfChars.IsPnCharsBase(codePoint)) return ReadName(line, column);
        throw source.Error("unexpected " + RdfChars.Describe(codePoint));
    }

    private TurtleToken Punctuation(TurtleTokenKind kind, int line, int column)
    {
        char c = source.Advance();
        return new(kind, c.ToString(), null, line, column);
    }

    private void SkipWhitespaceAndComments()
    {
        while (true)
        {
            int c = source.Peek();
            if (c is ' ' or '\t' or '\r' or '\n') source.Advance();
            else if (c == '#')
            {
                while (source.Peek() is not (-1 or '\n' or '\r')) source.Advance();
            }
            else return;
        }
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    private int PeekCodePoint(int ahead, out int width)
    {
        int c = source.Peek(ahead);
        if (c >= 0 && char.IsHighSurrogate((char)c))
        {
            int low = source.Peek(ahead + 1);
            if (low >= 0 && char.IsLowSurrogate((char)low))
            {
                width = 2;
                return char.ConvertToUtf32((char)c, (char)low);
            }
        }
        width = 1;
        return c;
    }

    private void TakeCodePoint(int width)
    {
        for (int k = 0; k < width; k++) _text.Append(source.Advance());
    }

    // IRIREF ::= '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>'
    private string ReadIriRef()
    {
        source.Advance();
        _text.Clear();
        while (true)
        {
            int c = source.Peek();
            if (c == '>') { source.Advance(); return _text.ToString(); }
            if (c == -1) throw source.Error("expected '>' to close the IRI, found end of input");
            if (c == '\\')
            {
                int line = source.Line, column = source.Column;
                source.Advance();
                int e = source.Peek();
                if (e is not ('u' or 'U')) throw source.Error(line, column, "only \\u and \\U escapes are allowed in an IRI");
                int codePoint = ReadHexEscape(line, column);
                if (RdfChars.IsForbiddenInIri(codePoint)) throw source.Error(line, column, $"escaped character U+{codePoint:X4} is not allowed in an IRI");
                RdfChars.AppendCodePoint(_text, codePoint);
                continue;
            }
            if (RdfChars.IsForbiddenInIri(c)) throw source.Error(RdfChars.Describe(c) + " is not allowed in an IRI");
            _text.Append(source.Advance());
        }
    }

    /// <summary>Reads the 'u' or 'U' and the hex digits of a UCHAR (the backslash is consumed).</summary>
    private int ReadHexEscape(int line, int column)
    {
        char kind = source.Advance();
        int digits = kind == 'u' ? 4 : 8;
        int value = 0;
        for (int k = 0; k < digits; k++)
        {
            int h = RdfChars.HexValue(source.Peek());
            if (h < 0) throw source.Error(line, column, $"expected {digits} hex digits after \\{kind}");
            source.Advance();
            value = (value << 4) | h;
        }
        if (value is < 0 or > 0x10FFFF or >= 0xD800 and <= 0xDFFF)
            throw source.Error(line, column, $"escape \\{kind} gives U+{value:X}, which is not a Unicode character");
        return value;
    }

    private string ReadString()
    {
        int line = source.Line, column = source.Column;
        char quote = source.Advance();
        bool isLong = source.Peek() == quote && source.Peek(1) == quote;
        if (isLong) { source.Advance(); source.Advance(); }
        _text.Clear();
        while (true)
        {
            int c = source.Peek();
            if (c == -1) throw source.Error(line, column, "string not closed before the end of input");
            if (c == quote)
            {
                if (!isLong) { source.Advance(); return _text.ToString(); }
                if (source.Peek(1) == quote && source.Peek(2) == quote)
                {
                    source.Advance(); source.Advance(); source.Advance();
                    return _text.ToString();
                }
            }
            else if (!isLong && c is '\n' or '\r')
            {
                throw source.Error("line break inside a short string (use \"\"\" for long strings or \\n)");
            }
            if (c == '\\')
            {
                ReadStringEscape();
                continue;
            }
            _text.Append(source.Advance());
        }
    }

    // ECHAR ::= '\' [tbnrf"'\]   |   UCHAR
    private void ReadStringEscape()
    {
        int line = source.Line, column = source.Column;
        source.Advance();
        int e = source.Peek();
        char? simple = e switch
        {
            't' => '\t', 'b' => '\b', 'n' => '\n', 'r' => '\r', 'f' => '\f', '"' => '"', '\'' => '\'', '\\' => '\\',
            _ => null,
        };
        if (simple is { } s) { source.Advance(); _text.Append(s); return; }
        if (e is 'u' or 'U') { RdfChars.AppendCodePoint(_text, ReadHexEscape(line, column)); return; }
        throw source.Error(line, column, "unknown escape \\" + (e < 0 ? "" : char.ConvertFromUtf32(e)) + " in a string");
    }

    // LANGTAG ::= '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
    private string ReadLangTag()
    {
        source.Advance();
        _text.Clear();
        while (source.Peek() is >= 'a' and <= 'z' or >= 'A' and <= 'Z') _text.Append(source.Advance());
        if (_text.Length == 0) throw source.Error("expected a language tag after '@'");
        while (source.Peek() == '-' && char.IsAsciiLetterOrDigit((char)Math.Max(source.Peek(1), 0)))
        {
            _text.Append(source.Advance());
            while (source.Peek() is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9') _text.Append(source.Advance());
        }
        return _text.ToString();
    }

    // INTEGER, DECIMAL, DOUBLE, each with an optional sign
    private TurtleToken ReadNumber(int line, int column)
    {
        _text.Clear();
        if (source.Peek() is '+' or '-') _text.Append(source.Advance());
        int integerDigits = 0;
        while (IsDigit(source.Peek())) { _text.Append(source.Advance()); integerDigits++; }
        var kind = TurtleTokenKind.Integer;
        if (source.Peek() == '.' && IsDigit(source.Peek(1)))
        {
            _text.Append(source.Advance());
            while (IsDigit(source.Peek())) _text.Append(source.Advance());
            kind = TurtleTokenKind.Decimal;
        }
        else if (source.Peek() == '.' && integerDigits > 0 && ExponentAhead(1))
        {
            _text.Append(source.Advance());   // "1.e5" is a double
        }
        else if (integerDigits == 0)
        {
            throw source.Error("expected digits in the number, found " + RdfChars.Describe(source.Peek()));
        }
        if (ExponentAhead(0))
        {
            _text.Append(source.Advance());
            if (source.Peek() is '+' or '-') _text.Append(source.Advance());
            while (IsDigit(source.Peek())) _text.Append(source.Advance());
            kind = TurtleTokenKind.Double;
        }
        else if (kind == TurtleTokenKind.Integer && _text[^1] == '.')
        {
            throw source.Error("expected an exponent after the '.'");
        }
        return new(kind, _text.ToString(), null, line, column);
    }

    private bool ExponentAhead(int offset) =>
        source.Peek(offset) is 'e' or 'E'
        && (IsDigit(source.Peek(offset + 1)) || (source.Peek(offset + 1) is '+' or '-' && IsDigit(source.Peek(offset + 2))));

    // BLANK_NODE_LABEL ::= '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?
    private string ReadBlankNodeLabel()
    {
        source.Advance(); source.Advance();
        _text.Clear();
        int first = PeekCodePoint(0, out int width);
        if (!(RdfChars.IsPnCharsU(first) || IsDigit(first))) throw source.Error("a blank node label cannot start with " + RdfChars.Describe(first));
        TakeCodePoint(width);
        ReadNameTail(allowLocalExtras: false);
        return _text.ToString();
    }

    // PNAME_NS ::= PN_PREFIX? ':'   PNAME_LN ::= PNAME_NS PN_LOCAL   (and bare words)
    private TurtleToken ReadName(int line, int column)
    {
        _text.Clear();
        if (source.Peek() != ':')
        {
            TakeCodePoint(PeekCodePoint(0, out int w) >= 0 ? w : 1);
            ReadNameTail(allowLocalExtras: false);
        }
        string prefix = _text.ToString();
        if (source.Peek() != ':')
            return new(TurtleTokenKind.Word, prefix, null, line, column);
        source.Advance();

        _text.Clear();
        int first = PeekCodePoint(0, out int width);
        if (RdfChars.IsPnCharsU(first) || first == ':' || IsDigit(first)) TakeCodePoint(width);
        else if (first is '%' or '\\') TakeLocalEscape();
        else return new(TurtleTokenKind.PrefixedName, prefix, "", line, column);
        ReadNameTail(allowLocalExtras: true);
        return new(TurtleTokenKind.PrefixedName, prefix, _text.ToString(), line, column);
    }

    /// <summary>
    /// Reads (PN_CHARS | '.')* not ending in '.', plus ':' and escapes in local names. Dots are taken
    /// only when a name character follows them, so "ex:a." leaves the statement's '.'.
    /// </summary>
    private void ReadNameTail(bool allowLocalExtras)
    {
        while (true)
        {
            int c = PeekCodePoint(0, out int width);
            if (RdfChars.IsPnChars(c) || (allowLocalExtras && c == ':')) { TakeCodePoint(width); continue; }
            if (allowLocalExtras && c is '%' or '\\') { TakeLocalEscape(); continue; }
            if (c == '.')
            {
                int k = 1;
                while (source.Peek(k) == '.') k++;
                int after = PeekCodePoint(k, out _);
                bool continues = RdfChars.IsPnChars(after) || (allowLocalExtras && after is ':' or '%' or '\\');
                if (!continues) return;
                for (int d = 0; d < k; d++) _text.Append(source.Advance());
                continue;
            }
            return;
        }
    }

    // PLX ::= '%' HEX HEX | '\' one of _~.-!$&'()*+,;=/?#@%
    private void TakeLocalEscape()
    {
        if (source.Peek() == '%')
        {
            if (RdfChars.HexValue(source.Peek(1)) < 0 || RdfChars.HexValue(source.Peek(2)) < 0)
                throw source.Error("expected two hex digits after '%' in a local name");
            _text.Append(source.Advance()).Append(source.Advance()).Append(source.Advance());
            return;
        }
        int e = source.Peek(1);
        if (!RdfChars.IsLocalNameEscape(e)) throw source.Error("'\\" + (e < 0 ? "" : char.ConvertFromUtf32(e)) + "' is not an escape allowed in a local name");
        source.Advance();
        _text.Append(source.Advance());
    }
}
