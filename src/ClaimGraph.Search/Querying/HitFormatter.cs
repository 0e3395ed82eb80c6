using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimGraph.Search.Indexing;
using ClaimGraph.Search.Text;

namespace ClaimGraph.Search.Querying;

/// <summary>Writes search results as JSON or as readable text with the matched words marked.</summary>
public static class HitFormatter
{
    /// <summary>How matched words are marked in text output.</summary>
    public sealed record Marks(string Open, string Close)
    {
        public static readonly Marks Brackets = new("[", "]");
        public static readonly Marks AnsiBold = new("\u001b[1m", "\u001b[22m");
    }

    public static void WriteJson(SearchResults results, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("query", results.Query);
        json.WriteNumber("totalHits", results.TotalHits);
        json.WriteStartArray("hits");
        foreach (var hit in results.Hits)
        {
            json.WriteStartObject();
            json.WriteString("article", hit.Article);
            json.WriteString("articleIri", hit.ArticleIri);
            if (DocumentFactory.FormatDate(hit.Published) is string published) json.WriteString("published", published);
            else json.WriteNull("published");
            json.WriteString("sentence", hit.SentenceIri);
            json.WriteString("text", hit.Text);
            json.WriteNumber("start", hit.SentenceStart);
            json.WriteNumber("end", hit.SentenceEnd);
            json.WriteNumber("score", Math.Round(hit.Score, 4));
            json.WriteStartArray("matches");
            foreach (var match in hit.Matches)
            {
                json.WriteStartObject();
                json.WriteNumber("start", match.Start);
                json.WriteNumber("end", match.End);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            WriteStrings(json, "claims", hit.ClaimIris);
            WriteStrings(json, "metrics", hit.MetricIris);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    public static void WriteText(SearchResults results, TextWriter output, Marks marks)
    {
        output.WriteLine($"{results.TotalHits} matching sentence{(results.TotalHits == 1 ? "" : "s")}" +
                         (results.Hits.Count < results.TotalHits ? $", best {results.Hits.Count}:" : ":"));
        int rank = 0;
        foreach (var hit in results.Hits)
        {
            output.WriteLine();
            var published = DocumentFactory.FormatDate(hit.Published) ?? "date unknown";
            output.WriteLine($"{++rank}. {hit.Article} ({published})  score {hit.Score:0.###}  [{hit.SentenceStart}-{hit.SentenceEnd}]");
            output.WriteLine("   " + Highlight(hit, marks));
            foreach (var claim in hit.ClaimIris) output.WriteLine("   claim " + claim);
        }
    }

    /// <summary>The sentence with each matched span wrapped in the marks (overlapping spans, a figure and its scale word, merged).</summary>
    public static string Highlight(SearchHit hit, Marks marks)
    {
        var text = hit.Text;
        var result = new StringBuilder(text.Length + 16);
        int at = 0;
        foreach (var (start, end) in Merge(hit.MatchesInSentence))
        {
            int from = CodePoints.ToUtf16(text, start), to = CodePoints.ToUtf16(text, end);
            result.Append(text, at, from - at).Append(marks.Open).Append(text, from, to - from).Append(marks.Close);
            at = to;
        }
        return result.Append(text, at, text.Length - at).ToString();
    }

    private static List<(int Start, int End)> Merge(IEnumerable<TextSpan> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            else
                merged.Add((span.Start, span.End));
        }
        return merged;
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
