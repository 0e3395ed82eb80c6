namespace ClaimGraph.Extraction.Articles;

/// <summary>
/// Splits one paragraph into sentences. A sentence ends at '.', '!' or '?' (closing quotes and
/// brackets go with it) followed by white space and a capital, a digit or an opening quote, unless
/// the word before the full stop is an abbreviation ("Mr.", "No.", "Feb.", "U.S.") or an initial.
/// Decimals ("1.5") and case names ("12.15") have no space after the point and never split.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "no", "nos", "vol", "art", "sec", "fig", "p", "pp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "vs", "inc", "co", "ltd", "corp", "gen", "gov", "sen", "rep",
        "a.m", "p.m", "approx", "est", "dept", "univ", "govt", "mt", "ft", "col", "lt", "capt", "sgt",
    };

    /// <summary>Sentence ranges [start, end) in UTF-16 units of <paramref name="text"/>, trimmed of white space.</summary>
    public static IEnumerable<(int Start, int End)> Split(string text, int from, int to)
    {
        int start = SkipSpace(text, from, to);
        for (int i = start; i < to; i++)
        {
            char c = text[i];
            if (c is not ('.' or '!' or '?' or '。' or '！' or '？')) continue;
            int end = i + 1;
            while (end < to && text[end] is '.' or '!' or '?' or '"' or '\'' or '”' or '’' or ')' or ']' or '»') end++;
            if (end < to && !char.IsWhiteSpace(text[end]) && c is not ('。' or '！' or '？')) continue;
            int next = SkipSpace(text, end, to);
            if (next < to && !StartsSentence(text[next])) continue;
            if (c == '.' && IsAbbreviation(text, start, i) && next < to && !IsSentenceOpener(text, next, to)) continue;
            int trimmedEnd = TrimEnd(text, start, end);
            if (trimmedEnd > start) yield return (start, trimmedEnd);
            start = next;
            i = next - 1;
        }
        int last = TrimEnd(text, start, to);
        if (last > start) yield return (start, last);
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '\'' or '‘' or '(' or '[' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherLetter;

    /// <summary>After an abbreviation, a capitalised function word still opens a new sentence ("... Co. The firm").</summary>
    private static bool IsSentenceOpener(string text, int at, int to)
    {
        int end = at;
        while (end < to && char.IsLetter(text[end])) end++;
        var word = text.AsSpan(at, end - at);
        return word is "The" or "A" or "An" or "It" or "He" or "She" or "They" or "We" or "This" or "In" or "But";
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        int b = dot;
        while (b > sentenceStart && (char.IsLetter(text[b - 1]) || text[b - 1] == '.')) b--;
        var word = text.AsSpan(b, dot - b);
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true;   // an initial: "J. Smith"
        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static int SkipSpace(string text, int i, int to)
    {
        while (i < to && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
