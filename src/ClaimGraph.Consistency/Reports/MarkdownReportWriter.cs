using ClaimGraph.Consistency.Checking;
using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.Reports;

/// <summary>
/// The report as Markdown: the same content as the HTML page, as text and tables. Series are written
/// as they stream; the summary comes at the end, where the counts are known.
/// </summary>
public sealed class MarkdownReportWriter(TextWriter output) : IReportSink
{
    private readonly SummaryCounter _summary = new();
    private ReportProvenance? _provenance;

    public void Begin(ReportProvenance provenance)
    {
        _provenance = provenance;
        output.WriteLine("# ClaimGraph consistency report");
        output.WriteLine();
        output.WriteLine($"Generated {provenance.GeneratedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC from store version {provenance.StoreVersion}. "
                         + "The queries used are listed at the end.");
        output.WriteLine();
        output.WriteLine("## Series");
    }

    private static string Cell(string? text) => (text ?? "").Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");

    private static string Sentence(FigurePoint p)
    {
        if (p.SentenceText is null) return p.Quote is null ? "" : $"**{Cell(p.Quote)}**";
        int at = p.Quote is null ? -1 : p.SentenceText.IndexOf(p.Quote, StringComparison.Ordinal);
        return at < 0 ? Cell(p.SentenceText)
            : Cell(p.SentenceText[..at]) + "**" + Cell(p.Quote) + "**" + Cell(p.SentenceText[(at + p.Quote!.Length)..]);
    }

    public void Add(Series series)
    {
        _summary.Add(series);
        output.WriteLine();
        output.WriteLine($"### {series.Label}: {series.Verdict}");
        output.WriteLine();
        output.WriteLine($"Metric `{series.Key.Metric}`, kind {series.Key.KindName}, unit {series.Key.UnitName}; "
                         + $"{series.Points.Count} claims, {series.DistinctFigures} distinct figures.");
        output.WriteLine();
        output.WriteLine("| as of | figure | bound | article | published | sentence | claim |");
        output.WriteLine("| --- | ---: | --- | --- | --- | --- | --- |");
        foreach (var p in series.Points)
            output.WriteLine($"| {FigureText.Date(p.AsOf)} | {Cell(FigureText.Interval(p))} | {p.Bound} | {Cell(p.ArticleName)} | "
                             + $"{FigureText.Date(p.Published)} | {Sentence(p)} | <{p.Claim}> |");
        if (series.Rates.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("| from | to | days | change | implied rate / day | |");
            output.WriteLine("| --- | --- | ---: | ---: | ---: | --- |");
            foreach (var r in series.Rates)
                output.WriteLine($"| {FigureText.Date(r.From)} | {FigureText.Date(r.To)} | {r.Days} | {FigureText.Number(r.FromValue)} → {FigureText.Number(r.ToValue)} | "
                                 + $"{FigureText.Number(r.RatePerDay)} | {(r.Implausible ? "implausible jump" : "")} |");
        }
        if (series.Findings.Count > 0)
        {
            output.WriteLine();
            foreach (var f in series.Findings)
                output.WriteLine($"- **{f.Type}** ({SeriesKey.LocalName(f.Rule)}): {f.Explanation} Claims: {string.Join(", ", f.Claims.Select(c => $"<{c}>"))}");
        }
    }

    public void End()
    {
        _summary.End();
        output.WriteLine();
        output.WriteLine("## Summary");
        output.WriteLine();
        output.WriteLine($"{_summary.Series} series from {_summary.Claims} claims; {_summary.Findings} findings.");
        output.WriteLine();
        output.WriteLine("| verdict | series |");
        output.WriteLine("| --- | ---: |");
        foreach (var (verdict, count) in _summary.ByVerdict.OrderBy(kv => SummaryCounter.VerdictRank(kv.Key)))
            output.WriteLine($"| {verdict} | {count} |");
        if (_summary.Lines.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("| series | kind | verdict | figures |");
            output.WriteLine("| --- | --- | --- | --- |");
            foreach (var line in _summary.Lines)
                output.WriteLine($"| {Cell(line.Label)} | {line.Kind} | {line.Verdict} | {Cell(line.FigureList)} |");
        }
        output.WriteLine();
        output.WriteLine("## Queries used");
        output.WriteLine();
        output.WriteLine($"Store version {_provenance?.StoreVersion}.");
        output.WriteLine();
        output.WriteLine("| query | SHA-256 |");
        output.WriteLine("| --- | --- |");
        foreach (var q in _provenance?.Queries ?? [])
            output.WriteLine($"| queries/{q.Name} | `{q.Sha256}` |");
        output.Flush();
    }
}
