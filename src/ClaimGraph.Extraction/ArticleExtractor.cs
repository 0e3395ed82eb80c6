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
        var scopes = TimeScopeResolver.Resolve(article, published.Date);
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

            var tokens = Tokenizer.Tokenize(sentence.Text);
            var quantities = QuantityRecognizer.Recognize(sentence.Text, tokens);
            if (quantities.Count == 0) continue;
            var frames = FrameReader.Read(tokens, quantities);
            var scope = scopes[sentence.Index] ?? TimeScope.Default(published.Date);
            for (int q = 0; q < quantities.Count; q++)
            {
                var quantity = quantities[q];
                int u16Start = sentence.Span.Utf16Start + quantity.Start, u16End = sentence.Span.Utf16Start + quantity.End;
                var span = new TextSpan(index.ToCodePoint(u16Start), index.ToCodePoint(u16End), u16Start, u16End);
                var time = IsRate(quantity, frames[q]) ? scope with { Kind = FigureKind.Rate } : scope;
                mine.Add(claims.Count);
                claims.Add(new ExtractedClaim(span, quantity, frames[q], Metrics.Resolve(frames[q]), time, [sentence]));
            }
        }
        return new ExtractedArticle(article, published, claims);
    }

    private static bool IsRate(Quantity q, FigureFrame frame) =>
        q.Unit.Kind == UnitKind.Percent || frame.Head is "rate" or "ratio" or "share" or "proportion" or "percentage";
}
