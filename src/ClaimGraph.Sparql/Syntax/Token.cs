namespace ClaimGraph.Sparql.Syntax;

internal enum TokenKind
{
    EndOfInput,
    Iri,            // <...>, Text = the IRI as written (escapes decoded, not resolved)
    PrefixedName,   // Text = prefix, Local = local part (escapes decoded)
    BlankNodeLabel, // Text = label
    Variable,       // Text = name without ? or $
    LangTag,        // Text = tag without @
    Integer,
    Decimal,
    Double,
    String,         // Text = decoded content
    Nil,            // ( ) with only whitespace inside
    Anon,           // [ ] with only whitespace inside
    Word,           // a keyword or function name, as written
    Punct,          // { } ( ) [ ] . , ; * = != < > <= >= && || ! + - / ^ ^^ | ?
}

internal readonly record struct Token(TokenKind Kind, string Text, int Line, int Column, int Offset, int End, string? Local = null)
{
    public bool Is(string punct) => Kind == TokenKind.Punct && Text == punct;

    public bool IsWord(string keyword) => Kind == TokenKind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public string Describe() => Kind switch
    {
        TokenKind.EndOfInput => "end of input",
        TokenKind.Iri => "<" + Text + ">",
        TokenKind.PrefixedName => Text + ":" + Local,
        TokenKind.BlankNodeLabel => "_:" + Text,
        TokenKind.Variable => "?" + Text,
        TokenKind.String => "string \"" + (Text.Length > 20 ? Text[..20] + "..." : Text) + "\"",
        TokenKind.Nil => "()",
        TokenKind.Anon => "[]",
        TokenKind.LangTag => "@" + Text,
        _ => "'" + Text + "'",
    };
}
