using System.Globalization;
using System.Text;

namespace ClaimGraph.Bench.Runner;

/// <summary>
/// Prints the figures as aligned tables on the console and, optionally, as Markdown for
/// bench/README.md. Every comparison with Jena says which way is better in words.
/// </summary>
public sealed class Report
{
    private readonly StringBuilder _markdown = new();
    private readonly List<string[]> _rows = [];
    private string[]? _header;

    public static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public void Section(string title)
    {
        Flush();
        Console.WriteLine();
        Console.WriteLine("== " + title);
        _markdown.AppendLine().AppendLine("### " + title).AppendLine();
    }

    public void Note(string text)
    {
        Flush();
        Console.WriteLine("   " + text);
        _markdown.AppendLine(text).AppendLine();
    }

    public void NotAvailable(string what) => Note($"{what}: not available yet");

    public void Table(params string[] header)
    {
        Flush();
        _header = header;
        Console.WriteLine("   " + string.Join(" | ", header));
    }

    public void Row(params string[] cells)
    {
        _rows.Add(cells);
        // Rows print as they come, so a slow run still shows progress.
        Console.WriteLine("   " + string.Join(" | ", cells));
    }

    /// <summary>Ends the current table: writes it to the Markdown buffer.</summary>
    public void Flush()
    {
        if (_header is null) return;
        _markdown.AppendLine("| " + string.Join(" | ", _header) + " |");
        _markdown.AppendLine("|" + string.Concat(_header.Select(_ => " --- |")));
        foreach (var r in _rows) _markdown.AppendLine("| " + string.Join(" | ", r.Select(c => c.Replace("|", "\\|"))) + " |");
        _markdown.AppendLine();
        _header = null;
        _rows.Clear();
    }

    public string Markdown()
    {
        Flush();
        return _markdown.ToString();
    }

    // ---- formatting helpers

    public static string Rate(double perSecond) => perSecond >= 1e6 ? (perSecond / 1e6).ToString("0.00", Inv) + " M/s"
        : perSecond >= 1e3 ? (perSecond / 1e3).ToString("0.0", Inv) + " k/s" : perSecond.ToString("0", Inv) + " /s";

    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString(t.TotalSeconds < 10 ? "0.00" : "0.0", Inv) + " s";

    public static string Ms(double ms) => double.IsNaN(ms) ? "-" : ms < 1 ? (ms * 1000).ToString("0.0", Inv) + " µs" : ms < 10 ? ms.ToString("0.00", Inv) + " ms" : ms < 1000 ? ms.ToString("0", Inv) + " ms" : (ms / 1000).ToString("0.00", Inv) + " s";

    public static string Count(long n) => n.ToString("N0", Inv);

    /// <summary>Compares two times: "3.2× faster" when ours is quicker, "1.5× slower" when not.</summary>
    public static string VersusTime(double ours, double theirs)
    {
        if (double.IsNaN(ours) || double.IsNaN(theirs) || ours <= 0 || theirs <= 0) return "-";
        double r = theirs / ours;
        return r >= 1 ? $"{r.ToString("0.0#", Inv)}× faster" : $"{(1 / r).ToString("0.0#", Inv)}× slower";
    }
}
