namespace ClaimGraph.Extraction.Lexing;

public enum TokenKind
{
    /// <summary>Letters, possibly with inner hyphens, apostrophes or digits ("two-card", "COVID-19", "o'clock").</summary>
    Word,
    /// <summary>Digits with optional thousands separators and one decimal point ("8,600", "1.5").</summary>
    Number,
    /// <summary>Digits with an ordinal suffix ("4th", "22nd").</summary>
    Ordinal,
    /// <summary>A quotation mark of any style.</summary>
    Quote,
    /// <summary>Anything else, one character at a time ("%", "-", ",", "$").</summary>
    Punct,
}

/// <summary>
/// A token of one sentence. <see cref="Start"/>/<see cref="End"/> are UTF-16 offsets in the sentence;
/// <see cref="SpaceBefore"/> says whether white space separates it from the previous token (so "1%-1.8%"
/// and "8,600-plus" can be told from "1 - 2"). <see cref="QuoteGroup"/> is the index of the quoted
/// stretch the token is inside, or -1.
/// </summary>
public sealed class Token(TokenKind kind, string text, int start, int end, bool spaceBefore)
{
    public TokenKind Kind { get; } = kind;
    public string Text { get; } = text;
    public string Lower { get; } = text.ToLowerInvariant();
    public int Start { get; } = start;
    public int End { get; } = end;
    public bool SpaceBefore { get; } = spaceBefore;
    public int QuoteGroup { get; internal set; } = -1;

    public bool IsWord => Kind == TokenKind.Word;
    public bool Is(string lower) => Lower == lower;
    public bool IsPunct(char c) => Kind == TokenKind.Punct && Text[0] == c;
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public override string ToString() => Text;
}
