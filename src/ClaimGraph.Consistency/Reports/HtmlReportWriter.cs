using System.Net;
using ClaimGraph.Consistency.Checking;
using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.Reports;

/// <summary>
/// The report as one self-contained HTML page: summary, then a section per series with more than one
/// figure (chart, findings, figures with their sentences), a table of single figures, the articles
/// quoted and the queries used. Series are written to temporary files as they stream and the page is
/// put together at the end, so the summary can come first without holding every series in memory.
/// </summary>
public sealed class HtmlReportWriter(TextWriter output) : IReportSink, IDisposable
{
    private readonly SummaryCounter _summary = new();
    private readonly TempText _multi = new(), _single = new();
    // Looked up once per figure and put in order once, at the end: a sorted tree of 100k articles
    // costs a dozen compares of long names per figure.
    private readonly Dictionary<string, ArticleSeen> _articles = new(StringComparer.Ordinal);
    private ReportProvenance? _provenance;
    private int _sections;

    private sealed class ArticleSeen
    {
        public string? Iri; public DateOnly? Published; public string? Publisher; public int Claims;
    }

    public void Begin(ReportProvenance provenance) => _provenance = provenance;

    public void Add(Series series)
    {
        _summary.Add(series);
        foreach (var p in series.Points)
        {
            if (p.ArticleName is not string name) continue;
            if (!_articles.TryGetValue(name, out var seen)) _articles[name] = seen = new ArticleSeen();
            seen.Iri ??= p.Article; seen.Published ??= p.Published; seen.Publisher ??= p.Publisher; seen.Claims++;
        }
        if (series.DistinctFigures > 1 || series.Findings.Count > 0) WriteSection(series, _multi.Writer);
        else WriteSingleRows(series, _single.Writer);
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string SectionId(Series series) => "s-" + Anchors.Claim(series.Points[0].Claim)[2..];

    private void WriteSection(Series series, TextWriter w)
    {
        _sections++;
        w.Write($"<section class=\"series {series.Verdict}\" id=\"{SectionId(series)}\">");
        w.Write($"<h2>{E(series.Label)} <span class=\"verdict {series.Verdict}\">{series.Verdict}</span></h2>");
        w.Write($"<p class=\"meta\">metric <code>{E(series.Key.Metric)}</code> · kind {E(series.Key.KindName)} · unit {E(series.Key.UnitName)} · "
                + $"{series.Points.Count} claims, {series.DistinctFigures} distinct figures</p>");
        if (series.Points.Count(p => p.AsOf is not null) > 1) w.Write(SeriesChart.Svg(series));

        if (series.Findings.Count > 0)
        {
            w.Write("<ul class=\"findings\">");
            foreach (var f in series.Findings)
            {
                w.Write($"<li class=\"{f.Type}\"><strong>{f.Type}</strong> {E(f.Explanation)} ");
                w.Write(string.Join(" ", f.Claims.Select((c, i) => $"<a href=\"#{Anchors.Claim(c)}\">[{i + 1}]</a>")));
                w.Write($" <span class=\"rule\">rule {E(SeriesKey.LocalName(f.Rule))}</span></li>");
            }
            w.Write("</ul>");
        }

        w.Write("<table class=\"points\"><thead><tr><th>as of</th><th>figure</th><th>bound</th><th>sentence</th><th>article</th><th>published</th></tr></thead><tbody>");
        var conflicting = series.Findings.Where(f => f.Type == FindingTypes.Conflict).SelectMany(f => f.Claims).ToHashSet(StringComparer.Ordinal);
        foreach (var p in series.Points) WritePointRow(p, w, conflict: conflicting.Contains(p.Claim));
        w.Write("</tbody></table>");

        if (series.Rates.Count > 0)
        {
            w.Write("<table class=\"rates\"><thead><tr><th>from</th><th>to</th><th>days</th><th>change</th><th>implied rate / day</th><th></th></tr></thead><tbody>");
            foreach (var r in series.Rates)
                w.Write($"<tr{(r.Implausible ? " class=\"implausible\"" : "")}><td>{FigureText.Date(r.From)}</td><td>{FigureText.Date(r.To)}</td><td>{r.Days}</td>"
                        + $"<td>{FigureText.Number(r.FromValue)} → {FigureText.Number(r.ToValue)}</td><td>{FigureText.Number(r.RatePerDay)}</td>"
                        + $"<td>{(r.Implausible ? "implausible jump" : "")}</td></tr>");
            w.Write("</tbody></table>");
        }
        w.Write("</section>\n");
    }

    private static void WritePointRow(FigurePoint p, TextWriter w, bool conflict)
    {
        w.Write($"<tr id=\"{Anchors.Claim(p.Claim)}\"{(conflict ? " class=\"conflict\"" : "")}>");
        w.Write($"<td class=\"date\">{FigureText.Date(p.AsOf)}{(p.PeriodStart is not null ? $"<br/><small>period from {FigureText.Date(p.PeriodStart)}</small>" : "")}</td>");
        w.Write($"<td class=\"num\">{E(FigureText.Interval(p))}</td><td>{E(p.Bound)}</td>");
        w.Write($"<td class=\"sentence\">{Highlight(p.SentenceText, p.Quote)}<br/><small><a href=\"{E(p.Claim)}\">{E(p.Claim)}</a></small></td>");
        var article = p.ArticleName is string name ? $"<a href=\"#{Anchors.Article(name)}\">{E(name)}</a>" : "";
        w.Write($"<td>{article}</td><td>{FigureText.Date(p.Published)}</td></tr>");
    }

    /// <summary>The sentence with the quoted figure marked; the quote alone where the sentence is unknown.</summary>
    private static string Highlight(string? sentence, string? quote)
    {
        if (sentence is null) return quote is null ? "" : $"<mark>{E(quote)}</mark>";
        int at = quote is null ? -1 : sentence.IndexOf(quote, StringComparison.Ordinal);
        return at < 0 ? E(sentence)
            : E(sentence[..at]) + "<mark>" + E(quote) + "</mark>" + E(sentence[(at + quote!.Length)..]);
    }

    private static void WriteSingleRows(Series series, TextWriter w)
    {
        foreach (var p in series.Points.Take(1))
        {
            w.Write($"<tr id=\"{Anchors.Claim(p.Claim)}\"><td>{E(series.Label)}</td><td>{E(series.Key.KindName)}</td><td class=\"num\">{E(FigureText.Interval(p))}</td>");
            w.Write($"<td>{FigureText.Date(p.AsOf)}</td><td class=\"sentence\">{Highlight(p.SentenceText, p.Quote)}</td>");
            w.Write($"<td>{(p.ArticleName is string name ? $"<a href=\"#{Anchors.Article(name)}\">{E(name)}</a>" : "")}</td></tr>\n");
        }
        // the other claims of a single-figure series repeat the same figure: keep them linkable
        foreach (var p in series.Points.Skip(1))
            w.Write($"<tr id=\"{Anchors.Claim(p.Claim)}\" class=\"repeat\"><td colspan=\"2\">(repeated)</td><td class=\"num\">{E(FigureText.Interval(p))}</td>"
                    + $"<td>{FigureText.Date(p.AsOf)}</td><td class=\"sentence\">{Highlight(p.SentenceText, p.Quote)}</td>"
                    + $"<td>{(p.ArticleName is string n ? $"<a href=\"#{Anchors.Article(n)}\">{E(n)}</a>" : "")}</td></tr>\n");
    }

    public void End()
    {
        _summary.End();
        var w = output;
        w.Write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>ClaimGraph consistency report</title>");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><style>");
        w.Write(Style);
        w.Write("</style></head><body>\n<h1>ClaimGraph consistency report</h1>");
        if (_provenance is not null)
            w.Write($"<p class=\"meta\">Generated {_provenance.GeneratedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC from store version {_provenance.StoreVersion}. "
                    + "<a href=\"#queries\">Queries used</a> · <a href=\"#articles\">Articles</a> · <a href=\"#single\">Single figures</a></p>");

        w.Write("<section id=\"summary\"><h2>Summary</h2><p>");
        w.Write($"{_summary.Series} series from {_summary.Claims} claims: ");
        w.Write(string.Join(", ", _summary.ByVerdict.OrderBy(kv => SummaryCounter.VerdictRank(kv.Key))
            .Select(kv => $"<span class=\"verdict {kv.Key}\">{kv.Value} {kv.Key}</span>")));
        w.Write($". {_summary.Findings} findings.</p>");
        if (_summary.Lines.Count > 0)
        {
            w.Write("<table><thead><tr><th>series</th><th>kind</th><th>verdict</th><th>figures</th></tr></thead><tbody>");
            foreach (var line in _summary.Lines)
                w.Write($"<tr><td>{E(line.Label)}</td><td>{E(line.Kind)}</td><td><span class=\"verdict {line.Verdict}\">{line.Verdict}</span></td><td>{E(line.FigureList)}</td></tr>");
            w.Write("</tbody></table>");
        }
        w.Write("</section>\n");

        _multi.CopyTo(w);
        w.Write("<section id=\"single\"><h2>Single figures</h2><p>Series with one figure (repeats counted once): nothing to compare them with.</p>");
        w.Write("<table><thead><tr><th>metric</th><th>kind</th><th>figure</th><th>as of</th><th>sentence</th><th>article</th></tr></thead><tbody>");
        _single.CopyTo(w);
        w.Write("</tbody></table></section>\n");

        w.Write("<section id=\"articles\"><h2>Articles</h2><table><thead><tr><th>article</th><th>published</th><th>publisher</th><th>claims</th></tr></thead><tbody>");
        foreach (var (name, a) in _articles.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            w.Write($"<tr id=\"{Anchors.Article(name)}\"><td>{E(name)}{(a.Iri is not null && a.Iri != name ? $"<br/><small>{E(a.Iri)}</small>" : "")}</td>"
                    + $"<td>{FigureText.Date(a.Published)}</td><td>{E(a.Publisher)}</td><td class=\"num\">{a.Claims}</td></tr>");
        w.Write("</tbody></table></section>\n");

        w.Write("<section id=\"queries\"><h2>Queries used</h2><table><thead><tr><th>query</th><th>SHA-256</th></tr></thead><tbody>");
        foreach (var q in _provenance?.Queries ?? [])
            w.Write($"<tr><td>queries/{E(q.Name)}</td><td><code>{q.Sha256}</code></td></tr>");
        w.Write($"</tbody></table><p class=\"meta\">Store version {_provenance?.StoreVersion}.</p></section>\n</body></html>\n");
        w.Flush();
    }

    public void Dispose()
    {
        _multi.Dispose();
        _single.Dispose();
    }

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222}
        h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.6em}
        .meta{color:#666;font-size:.9em}code{font-size:.85em}
        table{border-collapse:collapse;width:100%;margin:.6em 0;font-size:.9em}
        th,td{border-bottom:1px solid #e3e3e3;padding:.3em .5em;text-align:left;vertical-align:top}
        th{background:#f5f5f5}td.num,td.date{text-align:right;white-space:nowrap}td.date{text-align:left}
        tr.conflict td{background:#fdecea}tr.implausible td{background:#fff3e0}tr:target td{outline:2px solid #1f5fa8}
        mark{background:#fff59d}td.sentence small a{word-break:break-all}
        .verdict{display:inline-block;white-space:nowrap;padding:.05em .5em;border-radius:.8em;font-size:.8em;color:white;background:#777}
        .verdict.consistent{background:#2e7d32}.verdict.conflict{background:#c62828}
        .verdict.possible-conflict{background:#ef6c00}.verdict.single{background:#78909c}
        section.series{border-top:2px solid #eee;padding-top:.4em}
        ul.findings li{margin:.3em 0}ul.findings li.conflict strong{color:#c62828}
        ul.findings li.possible-conflict strong,ul.findings li.implausible-jump strong{color:#ef6c00}
        .rule{color:#888;font-size:.85em}svg.chart{max-width:100%;height:auto;font-family:inherit}
        svg.chart a:hover circle{stroke:#000}
        """;

    /// <summary>Text written to a temporary file now and copied into the page later.</summary>
    private sealed class TempText : IDisposable
    {
        private readonly string _path = Path.GetTempFileName();
        public StreamWriter Writer { get; }

        public TempText() => Writer = new StreamWriter(_path, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16);

        public void CopyTo(TextWriter target)
        {
            Writer.Flush();
            if (target is StreamWriter { Encoding: System.Text.UTF8Encoding } page)
            {
                // The page is UTF-8 too: copy the bytes, without decoding and encoding them again.
                page.Flush();
                using var bytes = File.OpenRead(_path);
                bytes.CopyTo(page.BaseStream, 1 << 16);
                return;
            }
            using var reader = new StreamReader(_path);
            var buffer = new char[1 << 16];
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0) target.Write(buffer, 0, read);
        }

        public void Dispose()
        {
            Writer.Dispose();
            try { File.Delete(_path); } catch (IOException) { }
        }
    }
}
