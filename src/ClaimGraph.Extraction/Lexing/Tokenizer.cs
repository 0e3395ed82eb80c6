namespace ClaimGraph.Extraction.Lexing;

/// <summary>Splits a sentence into <see cref="Token"/>s and marks which tokens sit inside quotation marks.</summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string s)
    {
        var tokens = new List<Token>(s.Length / 4);
        int i = 0;
        bool space = true;
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c)) { space = true; i++; continue; }
            int start = i;
            TokenKind kind;
            if (char.IsLetterOrDigit(c))
            {
                i = ScanRun(s, i);
                kind = Classify(s.AsSpan(start, i - start));
            }
            else
            {
                i++;
                kind = IsQuote(c) && !IsApostropheInWord(s, start) ? TokenKind.Quote : TokenKind.Punct;
            }
            tokens.Add(new Token(kind, s[start..i], start, i, space));
            space = false;
        }
        MarkQuotes(tokens);
        return tokens;
    }

    public static bool IsQuote(char c) => c is '"' or '“' or '”' or '‘' or '’' or '\'' or '«' or '»' or '„';

    /// <summary>A word-like run: letters and digits, joined by inner '-', '\'', '’', and by ',' or '.' between digits.</summary>
    private static int ScanRun(string s, int i)
    {
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsLetterOrDigit(c)) { i++; continue; }
            bool inner = i + 1 < s.Length && i > 0;
            if (inner && (c is ',' or '.') && char.IsDigit(s[i - 1]) && char.IsDigit(s[i + 1])) { i++; continue; }
            if (inner && (c is '\'' or '’') && char.IsLetter(s[i - 1]) && char.IsLetter(s[i + 1])) { i++; continue; }
            // A hyphen joins words ("two-card", "COVID-19"), but not a number to what follows ("8,600-plus", "1-1.8"),
            // nor a word to a bound marker ("54 million-plus": the scale word and "-plus" stay apart).
            if (inner && c is '-' && char.IsLetter(s[i - 1]) && char.IsLetterOrDigit(s[i + 1]) && !StartsBoundMarker(s, i + 1)) { i++; continue; }
            break;
        }
        return i;
    }

    /// <summary>Whether the word at <paramref name="i"/> is "plus" or "odd" (as in "-plus", "-odd": a bound on the figure before).</summary>
    private static bool StartsBoundMarker(string s, int i)
    {
        foreach (var marker in BoundMarkers)
            if (string.Compare(s, i, marker, 0, marker.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (i + marker.Length == s.Length || !char.IsLetterOrDigit(s[i + marker.Length])))
                return true;
        return false;
    }

    private static readonly string[] BoundMarkers = ["plus", "odd"];

    private static TokenKind Classify(ReadOnlySpan<char> run)
    {
        if (!char.IsDigit(run[0])) return TokenKind.Word;
        int letters = 0;
        foreach (char c in run) if (char.IsLetter(c)) letters++;
        if (letters == 0) return IsWellFormedNumber(run) ? TokenKind.Number : TokenKind.Word;
        var suffix = run.TrimStart("0123456789");
        return suffix is "st" or "nd" or "rd" or "th" && suffix.Length + CountDigits(run) == run.Length ? TokenKind.Ordinal : TokenKind.Word;
    }

    private static int CountDigits(ReadOnlySpan<char> run)
    {
        int n = 0;
        foreach (char c in run) if (char.IsDigit(c)) n++; else break;
        return n;
    }

    /// <summary>"8,600", "1.5", "12.15", "1,234.5": at most one point, commas only in groups of three before it.</summary>
    private static bool IsWellFormedNumber(ReadOnlySpan<char> run)
    {
        int point = run.IndexOf('.');
        if (point >= 0 && run[(point + 1)..].IndexOfAny(',', '.') >= 0) return false;
        var whole = point >= 0 ? run[..point] : run;
        if (whole.IndexOf(',') < 0) return true;
        var groups = whole.ToString().Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }

    private static bool IsApostropheInWord(string s, int at) =>
        s[at] is '\'' or '’' && at > 0 && char.IsLetter(s[at - 1]) && (at + 1 >= s.Length || !char.IsLetter(s[at + 1])) && s[at - 1] == 's';

    /// <summary>Pairs quotation marks: curly ones by direction, straight ones alternately.</summary>
    private static void MarkQuotes(List<Token> tokens)
    {
        int group = 0, open = -1;
        for (int t = 0; t < tokens.Count; t++)
        {
            var tok = tokens[t];
            if (tok.Kind != TokenKind.Quote) continue;
            char c = tok.Text[0];
            if (open < 0)
            {
                bool opens = c is '“' or '‘' or '«' or '„' || (c is '"' or '\'' && t + 1 < tokens.Count && !tokens[t + 1].SpaceBefore);
                if (opens) open = t;
                continue;
            }
            if (c is '“' or '‘' or '«' or '„') { open = t; continue; }   // unbalanced: start again here
            for (int k = open + 1; k < t; k++) tokens[k].QuoteGroup = group;
            group++;
            open = -1;
        }
    }
}
