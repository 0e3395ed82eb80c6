using ClaimGraph.Consistency.Checking;
using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.Reports;

/// <summary>One line of the consistency summary: a series with more than one figure, or with a finding.</summary>
public sealed record SummaryLine(string Label, string Kind, string Unit, string Verdict, int Figures, string FigureList, int Findings);

/// <summary>Counts series by verdict while they stream, and keeps a line for each series worth showing.</summary>
public sealed class SummaryCounter : IReportSink
{
    public int Series { get; private set; }
    public int Claims { get; private set; }
    public SortedDictionary<string, int> ByVerdict { get; } = new(StringComparer.Ordinal);
    public int Findings { get; private set; }
    public List<SummaryLine> Lines { get; } = [];

    /// <summary>At most this many lines are kept, conflicts first; the counts always cover everything.</summary>
    public int MaxLines { get; init; } = 200;

    public void Begin(ReportProvenance provenance) { }

    public void Add(Series series)
    {
        Series++;
        Claims += series.Points.Count;
        Findings += series.Findings.Count;
        ByVerdict[series.Verdict] = ByVerdict.GetValueOrDefault(series.Verdict) + 1;
        if (MaxLines == 0 || series.Verdict == SeriesVerdicts.Single && series.Findings.Count == 0) return;
        Lines.Add(new SummaryLine(series.Label, series.Key.KindName, series.Key.UnitName, series.Verdict, series.Points.Count,
            FigureList(series), series.Findings.Count));
        if (Lines.Count > MaxLines * 2) Trim();
    }

    public void End() => Trim();

    /// <summary>The figures in as-of order, a figure repeated for the same date shown once with its count.</summary>
    public static string FigureList(Series series) => string.Join(" → ", series.Points
        .GroupBy(p => (Figure: FigureText.Interval(p), p.AsOf))
        .Select(g => $"{g.Key.Figure} ({FigureText.Date(g.Key.AsOf)})" + (g.Count() > 1 ? $" ×{g.Count()}" : "")));

    private void Trim()
    {
        var kept = Lines.OrderBy(l => VerdictRank(l.Verdict)).ThenByDescending(l => l.Figures).Take(MaxLines).ToList();
        Lines.Clear();
        Lines.AddRange(kept);
    }

    /// <summary>Conflicts first, then possible conflicts, then consistent series.</summary>
    public static int VerdictRank(string verdict) => verdict switch
    {
        SeriesVerdicts.Conflict => 0,
        SeriesVerdicts.PossibleConflict => 1,
        SeriesVerdicts.Consistent => 2,
        _ => 3,
    };
}
