namespace ClaimGraph.Conformance;

/// <summary>
/// Tests not to run, each with its reason. File format: one entry a line, "TEST-IRI reason words...";
/// blank lines and lines starting with '#' are ignored. An entry without a reason is an error.
/// </summary>
public sealed class SkipList
{
    private readonly Dictionary<string, string> _reasons;

    private SkipList(Dictionary<string, string> reasons) => _reasons = reasons;

    public static SkipList Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    public int Count => _reasons.Count;

    public static SkipList Load(string path)
    {
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int space = line.IndexOfAny([' ', '\t']);
            if (space < 0) throw new FormatException($"{path}:{lineNumber}: skip-list entry {line} has no reason");
            reasons[line[..space]] = line[(space + 1)..].Trim();
        }
        return new SkipList(reasons);
    }

    public bool TryGetReason(string testId, out string reason) => _reasons.TryGetValue(testId, out reason!);
}
