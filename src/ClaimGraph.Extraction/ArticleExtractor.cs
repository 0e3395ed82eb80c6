using ClaimGraph.Extraction.Articles;
using ClaimGraph.Extraction.Claims;
using ClaimGraph.Extraction.Lexing;
using ClaimGraph.Extraction.Metrics;
using ClaimGraph.Extraction.Quantities;
using ClaimGraph.Extraction.Text;
using ClaimGraph.Extraction.Time;

namespace ClaimGraph.Extraction;

/// <summary>
/// The extraction pipeline for one article whose publication date is settled: sentences, then
/// figures (<see cref="QuantityRecognizer"/>), then what they count (<see cref="FrameReader"/>),
/// their metric (<see cref="MetricResolver"/>) and their time (<see cref="TimeScopeResolver"/>).
/// A sentence repeated word for word gives its claims once, seen at every occurrence.
/// </summary>
public sealed class ArticleExtractor(MetricResolver metrics)
{
    public MetricResolver Metrics { get; } = metrics;

    public ExtractedArticle Extract(Article article, PublicationDate published)
    {
        var index = new CodePointIndex(article.Text);
        // The figures first, so that time words are read only in the sentences whose scope a figure needs.
        var figures = new SentenceFigures?[article.Sentences.Count];
        var readBefore = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in article.Sentences)
        {
            if (!readBefore.Add(sentence.Text)) continue;   // a repeat: its claims are the first occurrence's
            var tokens = Tokenizer.Tokenize(sentence.Text);
            var quantities = QuantityRecognizer.Recognize(sentence.Text, tokens);
            if (quantities.Count > 0) figures[sentence.Index] = new SentenceFigures(tokens, quantities);
        }
        var scopes = TimeScopeResolver.Resolve(article, published.Date, neededAt: i => figures[i] is not null);

        var claims = new List<ExtractedClaim>();
        var firstBySentenceText = new Dictionary<string, List<int>>(StringComparer.Ordinal);   // sentence text -> its claims' indexes
        foreach (var sentence in article.Sentences)
        {
            if (firstBySentenceText.TryGetValue(sentence.Text, out var seen))
            {
                foreach (int c in seen) claims[c] = claims[c] with { Sentences = [.. claims[c].Sentences, sentence] };
                continue;
            }
            var mine = new List<int>();
            firstBySentenceText[sentence.Text] = mine;

            if (figures[sentence.Index] is not var (tokens, quantities)) continue;
            var frames = FrameReader.Read(tokens, quantities);
            var scope = scopes[sentence.Index] ?? TimeScope.Default(published.Date);
            for (int q = 0; q < quantities.Count; q++)
            {
                var quantity = quantities[q];
                int u16Start = sentence.Span.Utf16Start + quantity.Start, u16End = sentence.Span.Utf16Start + quantity.End;
                var span = new TextSpan(index.ToCodePoint(u16Start), index.ToCodePoint(u16End), u16Start, u16End);
                var time = ClauseLooksAhead(tokens, quantity) ? scope with { Kind = FigureKind.Forecast }
                         : IsRate(quantity, frames[q]) ? scope with { Kind = FigureKind.Rate } : scope;
                mine.Add(claims.Count);
                claims.Add(new ExtractedClaim(span, quantity, frames[q], Metrics.Resolve(frames[q]), time, [sentence]));
            }
        }
        return new ExtractedArticle(article, published, claims);
    }

    private sealed record SentenceFigures(IReadOnlyList<Token> Tokens, IReadOnlyList<Quantity> Quantities);

    /// <summary>
    /// True when the figure's clause looks ahead: "will", "expects to", "plans to", "aims to", "target", "projected to"
    /// before the figure (after the last clause boundary), or its subject's verb does: "12.4 million new jobs will be
    /// created", "... jobs are expected to be created".
    /// </summary>
    private static bool ClauseLooksAhead(IReadOnlyList<Token> tokens, Quantity quantity)
    {
        for (int i = quantity.FirstToken - 1; i >= 0; i--)
        {
            var t = tokens[i];
            if (t.IsPunct(',') || t.IsPunct(';') || t.IsPunct(':')) break;
            if (t.IsWord && IsForwardWord(tokens, i)) return true;
        }
        // The figure as a subject: past its noun phrase to the first auxiliary or verb.
        for (int i = quantity.LastToken + 1; i < tokens.Count && i <= quantity.LastToken + 7; i++)
        {
            var t = tokens[i];
            if (!t.IsWord) return false;
            if (Lexicon.Auxiliaries.Contains(t.Lower) || Lexicon.IsVerbLike(t))
                return IsForwardWord(tokens, i) || i + 1 < tokens.Count && IsForwardWord(tokens, i + 1);
        }
        return false;
    }

    /// <summary>"will", "target", "expects", or a verb of intent before "to" ("plans to", "expected to") at token <paramref name="i"/>.</summary>
    private static bool IsForwardWord(IReadOnlyList<Token> tokens, int i)
    {
        var word = tokens[i].Lower;
        if (word is "will" or "shall" or "target" or "targets" or "goal" or "forecast" or "forecasts" or "expect" or "expects") return true;
        return i + 1 < tokens.Count && tokens[i + 1].Is("to") && word is "expect" or "expects" or "expected" or "plan" or "plans" or "planned"
            or "aim" or "aims" or "aimed" or "projected" or "intends" or "intend" or "hopes" or "hope" or "strives";
    }

    private static bool IsRate(Quantity q, FigureFrame frame) =>
        q.Unit.Kind == UnitKind.Percent || frame.Head is "rate" or "ratio" or "share" or "proportion" or "percentage";
}
