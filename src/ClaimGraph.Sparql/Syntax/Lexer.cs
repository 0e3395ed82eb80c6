using System.Text;

namespace ClaimGraph.Sparql.Syntax;

/// <summary>Splits SPARQL text into tokens (SPARQL 1.1 section 19.8 terminals). Comments and whitespace are skipped.</summary>
internal sealed class Lexer
{
    private readonly string _text;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    public Lexer(string text) => _text = text;

    public List<Token> Tokenize()
    {
        var tokens = new List<Token>();
        while (true)
        {
            var t = Next();
            tokens.Add(t);
            if (t.Kind == TokenKind.EndOfInput) return tokens;
        }
    }

    private SparqlSyntaxException Error(string message, int pos)
    {
        // line/column of pos
        int line = 1, lineStart = 0;
        for (int i = 0; i < pos && i < _text.Length; i++)
            if (_text[i] == '\n') { line++; lineStart = i + 1; }
        return new SparqlSyntaxException(message, line, pos - lineStart + 1);
    }

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private void SkipWhitespaceAndComments()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '\n') { _pos++; _line++; _lineStart = _pos; }
            else if (c is ' ' or '\t' or '\r') _pos++;
            else if (c == '#')
            {
                while (_pos < _text.Length && _text[_pos] != '\n') _pos++;
            }
            else break;
        }
    }

    private Token Make(TokenKind kind, string text, int start, string? local = null) =>
        new(kind, text, _line, start - _lineStart + 1, start, _pos, local);

    private Token Next()
    {
        SkipWhitespaceAndComments();
        int start = _pos;
        int line = _line, col = _pos - _lineStart + 1;
        if (_pos >= _text.Length) return new Token(TokenKind.EndOfInput, "", line, col, _pos, _pos);
        char c = _text[_pos];
        switch (c)
        {
            case '<':
                if (TryIri(out var iri)) return new Token(TokenKind.Iri, iri, line, col, start, _pos);
                if (Peek(1) == '=') { _pos += 2; return new Token(TokenKind.Punct, "<=", line, col, start, _pos); }
                _pos++; return new Token(TokenKind.Punct, "<", line, col, start, _pos);
            case '>':
                if (Peek(1) == '=') { _pos += 2; return new Token(TokenKind.Punct, ">=", line, col, start, _pos); }
                _pos++; return new Token(TokenKind.Punct, ">", line, col, start, _pos);
            case '!':
                if (Peek(1) == '=') { _pos += 2; return new Token(TokenKind.Punct, "!=", line, col, start, _pos); }
                _pos++; return new Token(TokenKind.Punct, "!", line, col, start, _pos);
            case '&':
                if (Peek(1) == '&') { _pos += 2; return new Token(TokenKind.Punct, "&&", line, col, start, _pos); }
                throw Error("unexpected '&' (expected '&&')", start);
            case '|':
                if (Peek(1) == '|') { _pos += 2; return new Token(TokenKind.Punct, "||", line, col, start, _pos); }
                _pos++; return new Token(TokenKind.Punct, "|", line, col, start, _pos);
            case '^':
                if (Peek(1) == '^') { _pos += 2; return new Token(TokenKind.Punct, "^^", line, col, start, _pos); }
                _pos++; return new Token(TokenKind.Punct, "^", line, col, start, _pos);
            case '(':
            case '[':
                {
                    char close = c == '(' ? ')' : ']';
                    int p = _pos + 1;
                    int lines = 0, lastNl = -1;
                    while (p < _text.Length && (_text[p] is ' ' or '\t' or '\r' or '\n' || _text[p] == '#'))
                    {
                        if (_text[p] == '#') { while (p < _text.Length && _text[p] != '\n') p++; continue; }
                        if (_text[p] == '\n') { lines++; lastNl = p; }
                        p++;
                    }
                    if (p < _text.Length && _text[p] == close)
                    {
                        _pos = p + 1;
                        var tok = new Token(c == '(' ? TokenKind.Nil : TokenKind.Anon, c == '(' ? "()" : "[]", line, col, start, _pos);
                        if (lines > 0) { _line += lines; _lineStart = lastNl + 1; }
                        return tok;
                    }
                    _pos++;
                    return new Token(TokenKind.Punct, c.ToString(), line, col, start, _pos);
                }
            case '{': case '}': case ')': case ']': case ',': case ';': case '*': case '=': case '/': case '+': case '-':
                _pos++; return new Token(TokenKind.Punct, c.ToString(), line, col, start, _pos);
            case '.':
                if (char.IsAsciiDigit(Peek(1))) return Number(start, line, col);
                _pos++; return new Token(TokenKind.Punct, ".", line, col, start, _pos);
            case '?':
            case '$':
                if (IsVarNameStart(Peek(1)))
                {
                    _pos++;
                    int s = _pos;
                    while (_pos < _text.Length && IsVarNameChar(_text[_pos])) _pos++;
                    return new Token(TokenKind.Variable, _text[s.._pos], line, col, start, _pos);
                }
                if (c == '$') throw Error("expected a variable name after '$'", start);
                _pos++; return new Token(TokenKind.Punct, "?", line, col, start, _pos);
            case '@':
                {
                    _pos++;
                    int s = _pos;
                    while (_pos < _text.Length && char.IsAsciiLetter(_text[_pos])) _pos++;
                    if (_pos == s) throw Error("expected a language tag after '@'", start);
                    while (_pos < _text.Length && _text[_pos] == '-' && _pos + 1 < _text.Length && char.IsAsciiLetterOrDigit(_text[_pos + 1]))
                    {
                        _pos++;
                        while (_pos < _text.Length && char.IsAsciiLetterOrDigit(_text[_pos])) _pos++;
                    }
                    return new Token(TokenKind.LangTag, _text[s.._pos], line, col, start, _pos);
                }
            case '"':
            case '\'':
                return StringToken(start, line, col);
            case '_':
                if (Peek(1) == ':') return BlankNodeLabel(start, line, col);
                break;
        }
        if (char.IsAsciiDigit(c)) return Number(start, line, col);
        if (c == ':' || IsPnCharsBase(c, _pos)) return NameOrWord(start, line, col);
        throw Error($"unexpected character '{c}'", start);
    }

    private bool TryIri(out string iri)
    {
        int p = _pos + 1;
        var sb = new StringBuilder();
        while (p < _text.Length)
        {
            char c = _text[p];
            if (c == '>') { _pos = p + 1; iri = sb.ToString(); return true; }
            if (c == '\\')
            {
                if (p + 1 < _text.Length && _text[p + 1] is 'u' or 'U')
                {
                    int n = _text[p + 1] == 'u' ? 4 : 8;
                    if (p + 2 + n > _text.Length || !int.TryParse(_text.AsSpan(p + 2, n), System.Globalization.NumberStyles.HexNumber, null, out int cp) || cp > 0x10FFFF || cp is >= 0xD800 and <= 0xDFFF) { iri = ""; return false; }
                    if (cp <= 0x20 || cp is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\') throw Error("character not allowed in an IRI", p);
                    sb.Append(char.ConvertFromUtf32(cp));
                    p += 2 + n;
                    continue;
                }
                iri = ""; return false;
            }
            if (c <= ' ' || c is '<' or '"' or '{' or '}' or '|' or '^' or '`') { iri = ""; return false; }
            sb.Append(c);
            p++;
        }
        iri = "";
        return false;
    }

    private Token Number(int start, int line, int col)
    {
        while (char.IsAsciiDigit(Peek())) _pos++;
        var kind = TokenKind.Integer;
        if (Peek() == '.' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is 'e' or 'E' && _pos > start)))
        {
            _pos++;
            while (char.IsAsciiDigit(Peek())) _pos++;
            kind = TokenKind.Decimal;
        }
        if (Peek() is 'e' or 'E')
        {
            int save = _pos;
            _pos++;
            if (Peek() is '+' or '-') _pos++;
            if (char.IsAsciiDigit(Peek()))
            {
                while (char.IsAsciiDigit(Peek())) _pos++;
                kind = TokenKind.Double;
            }
            else _pos = save;
        }
        return new Token(kind, _text[start.._pos], line, col, start, _pos);
    }

    private Token StringToken(int start, int line, int col)
    {
        char q = _text[_pos];
        bool isLong = Peek(1) == q && Peek(2) == q;
        _pos += isLong ? 3 : 1;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length) throw Error("unterminated string", start);
            char c = _text[_pos];
            if (isLong)
            {
                if (c == q && Peek(1) == q && Peek(2) == q)
                {
                    // a long string may end with up to two extra quotes
                    while (Peek(3) == q) { sb.Append(q); _pos++; }
                    _pos += 3;
                    break;
                }
            }
            else if (c == q) { _pos++; break; }
            else if (c is '\n' or '\r') throw Error("line break in a short string (use \"\"\" or \\n)", _pos);
            if (c == '\\')
            {
                _pos++;
                char e = Peek();
                switch (e)
                {
                    case 't': sb.Append('\t'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 'f': sb.Append('\f'); break;
                    case '"': sb.Append('"'); break;
                    case '\'': sb.Append('\''); break;
                    case '\\': sb.Append('\\'); break;
                    case 'u':
                    case 'U':
                        {
                            int n = e == 'u' ? 4 : 8;
                            if (_pos + 1 + n > _text.Length || !int.TryParse(_text.AsSpan(_pos + 1, n), System.Globalization.NumberStyles.HexNumber, null, out int cp) || cp > 0x10FFFF || cp is >= 0xD800 and <= 0xDFFF)
                                throw Error("bad \\u escape in string", _pos - 1);
                            sb.Append(char.ConvertFromUtf32(cp));
                            _pos += n;
                            break;
                        }
                    default: throw Error($"unknown escape '\\{e}' in string", _pos - 1);
                }
                _pos++;
                continue;
            }
            if (c == '\n') { _line++; _lineStart = _pos + 1; }
            sb.Append(c);
            _pos++;
        }
        return new Token(TokenKind.String, sb.ToString(), line, col, start, _pos);
    }

    private Token BlankNodeLabel(int start, int line, int col)
    {
        _pos += 2;
        int s = _pos;
        if (!(IsPnCharsU(Peek()) || char.IsAsciiDigit(Peek()))) throw Error("expected a blank node label after '_:'", start);
        _pos++;
        while (_pos < _text.Length && (IsPnChars(_text[_pos]) || _text[_pos] == '.')) _pos++;
        while (_text[_pos - 1] == '.') _pos--;
        return new Token(TokenKind.BlankNodeLabel, _text[s.._pos], line, col, start, _pos);
    }

    private Token NameOrWord(int start, int line, int col)
    {
        // PN_PREFIX? ':' PN_LOCAL?  or a keyword / function name
        int s = _pos;
        if (_text[_pos] != ':')
        {
            _pos++;
            while (_pos < _text.Length && (IsPnChars(_text[_pos]) || _text[_pos] == '.')) _pos++;
            while (_text[_pos - 1] == '.') _pos--;
        }
        if (Peek() != ':')
        {
            var word = _text[s.._pos];
            foreach (char ch in word)
                if (!(char.IsAsciiLetterOrDigit(ch) || ch == '_')) throw Error($"unexpected '{word}'", start);
            return new Token(TokenKind.Word, word, line, col, start, _pos);
        }
        string prefix = _text[s.._pos];
        _pos++; // ':'
        var local = new StringBuilder();
        if (_pos < _text.Length && (IsPnCharsU(Peek()) || Peek() == ':' || char.IsAsciiDigit(Peek()) || Peek() is '%' or '\\'))
        {
            int lastGood = _pos;
            int lastGoodLen = 0;
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (c == '%')
                {
                    if (_pos + 2 < _text.Length && Uri.IsHexDigit(_text[_pos + 1]) && Uri.IsHexDigit(_text[_pos + 2]))
                    { local.Append(_text, _pos, 3); _pos += 3; }
                    else throw Error("bad %-escape in prefixed name", _pos);
                }
                else if (c == '\\')
                {
                    char e = Peek(1);
                    if ("_~.-!$&'()*+,;=/?#@%".IndexOf(e) >= 0 && e != '\0') { local.Append(e); _pos += 2; }
                    else throw Error("bad escape in prefixed name", _pos);
                }
                else if (IsPnChars(c) || c == ':' || c == '.') { local.Append(c); _pos++; }
                else break;
                if (c != '.') { lastGood = _pos; lastGoodLen = local.Length; }
            }
            // a local name cannot end with '.'
            _pos = lastGood;
            local.Length = lastGoodLen;
        }
        return new Token(TokenKind.PrefixedName, prefix, line, col, start, _pos, local.ToString());
    }

    private static bool IsVarNameStart(char c) => IsPnCharsU(c) || char.IsAsciiDigit(c);

    private static bool IsVarNameChar(char c) =>
        IsPnCharsU(c) || char.IsAsciiDigit(c) || c == '\u00B7' || (c >= '\u0300' && c <= '\u036F') || (c >= '\u203F' && c <= '\u2040');

    private bool IsPnCharsBase(char c, int pos) => IsPnCharsBase(c);

    private static bool IsPnCharsBase(char c) =>
        char.IsAsciiLetter(c)
        || (c >= '\u00C0' && c <= '\u00D6') || (c >= '\u00D8' && c <= '\u00F6') || (c >= '\u00F8' && c <= '\u02FF')
        || (c >= '\u0370' && c <= '\u037D') || (c >= '\u037F' && c <= '\u1FFF') || (c >= '\u200C' && c <= '\u200D')
        || (c >= '\u2070' && c <= '\u218F') || (c >= '\u2C00' && c <= '\u2FEF') || (c >= '\u3001' && c <= '\uD7FF')
        || (c >= '\uF900' && c <= '\uFDCF') || (c >= '\uFDF0' && c <= '\uFFFD')
        || char.IsSurrogate(c);

    private static bool IsPnCharsU(char c) => IsPnCharsBase(c) || c == '_';

    private static bool IsPnChars(char c) =>
        IsPnCharsU(c) || c == '-' || char.IsAsciiDigit(c) || c == '\u00B7' || (c >= '\u0300' && c <= '\u036F') || (c >= '\u203F' && c <= '\u2040');
}
