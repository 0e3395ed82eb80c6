namespace ClaimGraph.Extraction.Time;

/// <summary>
/// The dated anchors of a corpus, indexed so that dating one article costs what the article names,
/// not the size of the corpus. A corpus repeats its anchors ("launched on October 10, 2020" in many
/// articles), so anchors with one date and one set of names form a <see cref="Group"/>, found by
/// month and name. Corpus order is kept: each group remembers its first anchor.
/// </summary>
internal sealed class AnchorIndex
{
    /// <summary>Anchors with the same date and names: how many, and the first in corpus order.</summary>
    public sealed class Group(DateAnchor first, int order)
    {
        public DateAnchor First { get; } = first;
        public int Order { get; } = order;
        public int Count { get; set; }
        public DateOnly Date => First.Date;
        public IReadOnlySet<string> Names => First.Names;
    }

    private readonly Dictionary<(int Month, string Name), List<Group>> _byMonthAndName = new();
    private readonly Dictionary<string, Group> _latestByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(DateAnchor Anchor, int Order)>> _byFile = new(StringComparer.Ordinal);

    public AnchorIndex(IEnumerable<DateAnchor> anchors)
    {
        var groups = new Dictionary<(DateOnly, string), Group>();
        int order = 0;
        foreach (var anchor in anchors)
        {
            var key = (anchor.Date, string.Join('\n', anchor.Names.Order(StringComparer.Ordinal)));
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = new Group(anchor, order);
                foreach (var name in anchor.Names)
                {
                    if (!_byMonthAndName.TryGetValue((anchor.Date.Month, name), out var list)) _byMonthAndName[(anchor.Date.Month, name)] = list = [];
                    list.Add(group);
                    if (!_latestByName.TryGetValue(name, out var latest) || anchor.Date > latest.Date) _latestByName[name] = group;
                }
            }
            group.Count++;
            if (!_byFile.TryGetValue(anchor.Sentence.FileName, out var inFile)) _byFile[anchor.Sentence.FileName] = inFile = [];
            inFile.Add((anchor, order));
            order++;
        }
    }

    /// <summary>The groups on the mention's month (and day, if it gives one) that share one of its names.</summary>
    public IEnumerable<Group> SharingAName(RelativeMention mention)
    {
        var seen = new HashSet<Group>();
        foreach (var name in mention.Names)
            if (_byMonthAndName.TryGetValue((mention.Month, name), out var groups))
                foreach (var group in groups)
                    if ((mention.Day is not { } day || day == group.Date.Day) && seen.Add(group)) yield return group;
    }

    /// <summary>The anchors found in files of this name, with their corpus order.</summary>
    public IReadOnlyList<(DateAnchor Anchor, int Order)> InFile(string fileName) =>
        _byFile.TryGetValue(fileName, out var anchors) ? anchors : [];

    /// <summary>Of the anchors that share a name with <paramref name="names"/>, the first (corpus order) of the latest date.</summary>
    public DateAnchor? LatestNamedIn(IReadOnlySet<string> names)
    {
        Group? best = null;
        foreach (var name in names)
            if (_latestByName.TryGetValue(name, out var group) && (best is null || group.Date > best.Date || (group.Date == best.Date && group.Order < best.Order)))
                best = group;
        return best?.First;
    }
}
