using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.RuleChecks;

/// <summary>
/// The rule of conflicts.rq in one pass over a cumulative series sorted by as-of date: each figure is
/// compared with the highest lower bound given up to its date (earlier dates and other figures of the
/// same day), not with every earlier figure, so the check is O(n log n) and a figure that falls yields
/// one finding per figure holding that highest bound, not one per earlier figure.
/// </summary>
internal static class CumulativeFalls
{
    public sealed record Fall(FigurePoint Earlier, FigurePoint Later);

    /// <summary>
    /// The falls among these figures (stale repeats already left out): pairs of a later figure and an
    /// earlier-or-same-day figure holding the highest lower bound up to that date, where the later upper
    /// bound is below it (or equal, with either bound exclusive).
    /// </summary>
    public static List<Fall> Find(IEnumerable<FigurePoint> figures)
    {
        var found = new List<Fall>();
        var byDate = figures.Where(p => p.AsOf is not null).GroupBy(p => p.AsOf!.Value).OrderBy(g => g.Key);
        var before = new HighestLowerBound();        // over the dates before the current one
        foreach (var day in byDate)
        {
            var today = day.ToList();
            foreach (var later in today)
            {
                if (later.Upper is not decimal upper) continue;
                decimal? bar = before.Value;
                foreach (var other in today)
                    if (!ReferenceEquals(other, later) && other.Lower is decimal lower && (bar is null || lower > bar)) bar = lower;
                if (bar is not decimal top || upper > top) continue;
                IEnumerable<FigurePoint> candidates = before.Value == top ? before.Holders : [];
                foreach (var earlier in candidates.Concat(today.Where(o => !ReferenceEquals(o, later) && o.Lower == top)))
                    if (Conflicts(earlier, later)) found.Add(new Fall(earlier, later));
            }
            foreach (var figure in today) before.Take(figure);
        }
        return found;
    }

    /// <summary>Both cannot hold: the later upper bound is below the earlier lower bound, or equal with either bound exclusive.</summary>
    public static bool Conflicts(FigurePoint earlier, FigurePoint later) =>
        later.Upper is decimal upper && earlier.Lower is decimal lower
        && (upper < lower || (upper == lower && (!earlier.LowerInclusive || !later.UpperInclusive)));
}
