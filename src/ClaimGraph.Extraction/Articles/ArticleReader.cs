using System.Security.Cryptography;
using System.Text;
using ClaimGraph.Extraction.Text;

namespace ClaimGraph.Extraction.Articles;

/// <summary>
/// Reads article text into headline, dateline, paragraphs and sentences. Paragraphs are separated
/// by blank lines or by a line break after a sentence end; a line break inside a sentence is a wrap.
/// The first block is the headline when it is a single line that does not read as a sentence
/// (no final full stop) and more text follows.
/// </summary>
public sealed class ArticleReader
{
    /// <summary>Longest sentence kept whole, in UTF-16 units; longer runs (no full stops) are cut, with a warning.</summary>
    public int MaxSentenceLength { get; init; } = 4000;

    public Article Read(string fileName, string text)
    {
        var warnings = new List<string>();
        var index = new CodePointIndex(text);
        var paragraphs = Paragraphs(text);

        string? headline = null, publisher = null;
        Dateline? dateline = null;
        var sentences = new List<Sentence>();

        int first = 0;
        if (paragraphs.Count > 1 && LooksLikeHeadline(text, paragraphs[0]) && !DatelineParser.TryParse(text[paragraphs[0].Start..paragraphs[0].End], out _, out _))
        {
            var (hs, he) = paragraphs[0];
            headline = text[hs..he];
            publisher = PublisherSuffix(headline);
            sentences.Add(new Sentence(0, 0, headline, Span(index, hs, he), IsHeadline: true));
            first = 1;
        }

        for (int p = first; p < paragraphs.Count; p++)
        {
            var (ps, pe) = paragraphs[p];
            if (dateline is null && p <= first + 1 && DatelineParser.TryParse(text[ps..pe], out var found, out _)) dateline = found;
            foreach (var (ss, se) in SentenceSplitter.Split(text, ps, pe))
            {
                foreach (var (cs, ce) in Guard(text, ss, se, warnings))
                    sentences.Add(new Sentence(sentences.Count, p, text[cs..ce], Span(index, cs, ce), IsHeadline: false));
            }
        }

        publisher ??= dateline?.Agency;
        return new Article(fileName, text, Sha256Hex(text), index.ToCodePoint(text.Length), headline, publisher, dateline, sentences, warnings);
    }

    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static TextSpan Span(CodePointIndex index, int start, int end) => new(index.ToCodePoint(start), index.ToCodePoint(end), start, end);

    /// <summary>Cuts an overlong run into pieces at white space, so one bad line cannot blow up later stages.</summary>
    private IEnumerable<(int, int)> Guard(string text, int start, int end, List<string> warnings)
    {
        if (end - start <= MaxSentenceLength)
        {
            yield return (start, end);
            yield break;
        }
        warnings.Add($"a sentence of {end - start} characters at offset {start} was cut into pieces of at most {MaxSentenceLength}");
        while (start < end)
        {
            int cut = Math.Min(end, start + MaxSentenceLength);
            if (cut < end)
            {
                int space = text.LastIndexOf(' ', cut - 1, cut - start);
                if (space > start) cut = space;
            }
            yield return (start, cut);
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
        }
    }

    private static bool LooksLikeHeadline(string text, (int Start, int End) block)
    {
        var s = text.AsSpan(block.Start, block.End - block.Start);
        return s.IndexOf('\n') < 0 && s.Length <= 400 && s[^1] is not ('.' or '!' or '?' or ':');
    }

    /// <summary>"... bank cards-China Daily" ends in the publisher's name after a dash.</summary>
    private static string? PublisherSuffix(string headline)
    {
        int dash = headline.AsSpan().LastIndexOfAny("-–—|");
        if (dash < 0 || dash > headline.Length - 3) return null;
        var tail = headline[(dash + 1)..].Trim();
        var words = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && words.All(w => char.IsUpper(w[0])) ? tail : null;
    }

    /// <summary>Paragraph ranges [start, end) in UTF-16 units, trimmed.</summary>
    private static List<(int Start, int End)> Paragraphs(string text)
    {
        var result = new List<(int, int)>();
        int blockStart = -1, lastContentEnd = -1;
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int nl = text.IndexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.Length : nl;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                Close();
            }
            else
            {
                int contentStart = lineStart + (line.Length - line.TrimStart().Length);
                bool indented = contentStart > lineStart;
                bool previousEnded = lastContentEnd > 0 && text[lastContentEnd - 1] is '.' or '!' or '?' or '"' or '”' or ')';
                if (blockStart >= 0 && (indented || previousEnded)) Close();
                if (blockStart < 0) blockStart = contentStart;
                lastContentEnd = lineStart + line.TrimEnd().Length;
            }
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        Close();
        return result;

        void Close()
        {
            if (blockStart >= 0 && lastContentEnd > blockStart) result.Add((blockStart, lastContentEnd));
            blockStart = -1;
        }
    }
}
