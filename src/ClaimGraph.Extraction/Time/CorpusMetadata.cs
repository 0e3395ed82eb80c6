using System.Globalization;

namespace ClaimGraph.Extraction.Time;

/// <summary>
/// The optional metadata file of a corpus folder, <c>metadata.tsv</c>: one line per article,
/// <c>file&lt;TAB&gt;published</c> (ISO date), '#' starts a comment, a first line "file\tpublished" is a
/// header. Its dates win over inference.
/// </summary>
public sealed class CorpusMetadata
{
    public const string FileName = "metadata.tsv";

    private readonly Dictionary<string, DateOnly> _published = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, DateOnly> Published => _published;

    /// <summary>Reads a metadata file; problems (bad dates, short lines) are reported with their line number and skipped.</summary>
    public void Load(string path, Action<int, string> problem)
    {
        int lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (lineNumber == 1 && cells[0].Equals("file", StringComparison.OrdinalIgnoreCase)) continue;
            if (cells.Length < 2) { problem(lineNumber, "expected: file<TAB>published (yyyy-mm-dd)"); continue; }
            if (!DateOnly.TryParseExact(cells[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problem(lineNumber, $"'{cells[1].Trim()}' is not a date (yyyy-mm-dd)");
                continue;
            }
            _published[Path.GetFileName(cells[0].Trim())] = date;
        }
    }
}
