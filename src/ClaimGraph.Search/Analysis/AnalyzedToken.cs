using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ClaimGraph.Search.Analysis;

/// <summary>
/// One token as the analyzer produced it: the index term, its position in the token stream, and the
/// UTF-16 offsets of the words it came from in the analysed text.
/// </summary>
public readonly record struct AnalyzedToken(string Term, int Position, int StartOffset, int EndOffset);

public static class AnalyzerExtensions
{
    /// <summary>Runs the analyzer over a text and lists its tokens (for offsets, tests and query terms).</summary>
    public static List<AnalyzedToken> Tokens(this Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        int position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
