using ClaimGraph.Consistency.Checking;

namespace ClaimGraph.Consistency.Reports;

/// <summary>The formats a report can be written in.</summary>
public enum ReportFormat { Json, Markdown, Html }

public static class ReportFormats
{
    /// <summary>json, md (or markdown), html; null for anything else.</summary>
    public static ReportFormat? FromName(string name) => name.ToLowerInvariant() switch
    {
        "json" => ReportFormat.Json,
        "md" or "markdown" => ReportFormat.Markdown,
        "html" or "htm" => ReportFormat.Html,
        _ => null,
    };

    /// <summary>The format a file name's extension asks for, if any.</summary>
    public static ReportFormat? FromFileName(string path) => FromName(Path.GetExtension(path).TrimStart('.'));

    /// <summary>A writer of the format on the stream. Dispose it after the run to flush and release it.</summary>
    public static IReportSinkWriter Create(ReportFormat format, Stream output) => format switch
    {
        ReportFormat.Json => new Owned(new JsonReportWriter(output), null),
        ReportFormat.Markdown => WithText(output, w => new MarkdownReportWriter(w)),
        _ => WithText(output, w => new HtmlReportWriter(w)),
    };

    private static Owned WithText(Stream output, Func<TextWriter, IReportSink> make)
    {
        var text = new StreamWriter(output, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        return new Owned(make(text), text);
    }

    private sealed class Owned(IReportSink sink, TextWriter? text) : IReportSinkWriter
    {
        public void Begin(Model.ReportProvenance provenance) => sink.Begin(provenance);
        public void Add(Model.Series series) => sink.Add(series);
        public void End() { sink.End(); text?.Flush(); }
        public void Dispose()
        {
            (sink as IDisposable)?.Dispose();
            text?.Dispose();
        }
    }
}

/// <summary>A report sink that owns a writer.</summary>
public interface IReportSinkWriter : IReportSink, IDisposable;
