using System.Globalization;
using System.Net;
using System.Text;
using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.Reports;

/// <summary>
/// A hand-made inline SVG chart of one series: each figure at its as-of date; exact figures as dots,
/// lower bounds as hollow markers with an arrow up, upper bounds with an arrow down, ranges and
/// approximate figures as whiskers from lower to upper. Figures in a conflict are red and each
/// conflicting pair is joined by a dashed red line. Every marker links to its row (sentence, article).
/// </summary>
public static class SeriesChart
{
    private const int Width = 680, Height = 270, Left = 70, Right = 20, Top = 20, Bottom = 60;
    private const string ConflictColour = "#c62828", PossibleColour = "#ef6c00", PointColour = "#1f5fa8";

    public static string Svg(Series series)
    {
        var dated = series.Points.Where(p => p.AsOf is not null).ToList();
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\">");
        svg.Append("<title>").Append(WebUtility.HtmlEncode(series.Label)).Append("</title>");
        if (dated.Count == 0)
        {
            svg.Append("<text x=\"20\" y=\"40\">No figure has an as-of date.</text></svg>");
            return svg.ToString();
        }

        int firstDay = dated.Min(p => p.AsOf!.Value.DayNumber), lastDay = dated.Max(p => p.AsOf!.Value.DayNumber);
        if (lastDay - firstDay < 2) { firstDay -= 1; lastDay += 1; }
        int padDays = Math.Max(1, (lastDay - firstDay) / 20);
        firstDay -= padDays; lastDay += padDays;

        decimal top = dated.Max(p => Math.Max(p.Value, Math.Max(p.Upper ?? 0, Math.Max(p.Lower ?? 0, p.ValueHigh ?? 0))));
        var ticks = NiceTicks(top <= 0 ? 1 : top * 1.15m);
        decimal yMax = ticks[^1];

        double X(DateOnly d) => Left + (double)(d.DayNumber - firstDay) / (lastDay - firstDay) * (Width - Left - Right);
        double Y(decimal v) => Top + (1 - (double)(Math.Clamp(v, 0, yMax) / yMax)) * (Height - Top - Bottom);
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        // axes and grid
        foreach (var tick in ticks)
        {
            svg.Append($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{F(Y(tick))}\" y2=\"{F(Y(tick))}\" stroke=\"#ddd\"/>");
            svg.Append($"<text x=\"{Left - 6}\" y=\"{F(Y(tick) + 4)}\" text-anchor=\"end\" font-size=\"11\">{Compact(tick)}</text>");
        }
        svg.Append($"<line x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{Height - Bottom}\" stroke=\"#555\"/>");
        svg.Append($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Height - Bottom}\" y2=\"{Height - Bottom}\" stroke=\"#555\"/>");
        var dates = dated.Select(p => p.AsOf!.Value).Distinct().Order().ToList();
        var labelled = dates.Count <= 8 ? dates : Enumerable.Range(0, 6).Select(i => dates[i * (dates.Count - 1) / 5]).Distinct().ToList();
        double lastLabelX = double.NegativeInfinity;
        foreach (var date in labelled)
        {
            double x = X(date);
            svg.Append($"<line x1=\"{F(x)}\" x2=\"{F(x)}\" y1=\"{Height - Bottom}\" y2=\"{Height - Bottom + 5}\" stroke=\"#555\"/>");
            if (x - lastLabelX < 62) continue;   // keep labels from overlapping
            svg.Append($"<text x=\"{F(x)}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\" font-size=\"11\">{FigureText.Date(date)}</text>");
            lastLabelX = x;
        }

        var conflicting = new HashSet<string>(series.Findings.Where(f => f.Type == FindingTypes.Conflict).SelectMany(f => f.Claims), StringComparer.Ordinal);
        var possible = new HashSet<string>(series.Findings.Where(f => f.Type is FindingTypes.PossibleConflict or FindingTypes.ImplausibleJump)
            .SelectMany(f => f.Claims), StringComparer.Ordinal);
        string Colour(FigurePoint p) => conflicting.Contains(p.Claim) ? ConflictColour : possible.Contains(p.Claim) ? PossibleColour : PointColour;

        // the series' course, through each date's figures
        var course = dated.GroupBy(p => p.AsOf!.Value).OrderBy(g => g.Key).Select(g => $"{F(X(g.Key))},{F(Y(g.Max(p => p.Value)))}");
        svg.Append($"<polyline points=\"{string.Join(' ', course)}\" fill=\"none\" stroke=\"#9ab\" stroke-width=\"1.5\"/>");

        // conflicting pairs
        var byClaim = dated.GroupBy(p => p.Claim, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var finding in series.Findings.Where(f => f.Type is FindingTypes.Conflict or FindingTypes.PossibleConflict))
        {
            var pair = finding.Claims.Where(byClaim.ContainsKey).Select(c => byClaim[c]).ToList();
            if (pair.Count < 2) continue;
            var colour = finding.Type == FindingTypes.Conflict ? ConflictColour : PossibleColour;
            svg.Append($"<line x1=\"{F(X(pair[0].AsOf!.Value))}\" y1=\"{F(Y(pair[0].Value))}\" x2=\"{F(X(pair[1].AsOf!.Value))}\" y2=\"{F(Y(pair[1].Value))}\" "
                       + $"stroke=\"{colour}\" stroke-width=\"2\" stroke-dasharray=\"5 4\"/>");
        }

        // the figures; a figure repeated by several claims is drawn once, with a count
        var labels = new LabelPlacer(Width - Right, Top);
        foreach (var p in dated) labels.Block(X(p.AsOf!.Value), Y(p.Lower ?? p.Upper ?? p.Value) + 4);   // keep labels off the markers
        foreach (var same in dated.GroupBy(p => (p.AsOf!.Value, p.Value, p.Bound, p.Lower, p.Upper)))
        {
            var p = same.First();
            double x = X(p.AsOf!.Value);
            string fx = F(x);   // each coordinate formatted once: a chart can hold thousands of figures
            var colour = same.Any(q => conflicting.Contains(q.Claim)) ? ConflictColour : Colour(p);
            var tooltip = WebUtility.HtmlEncode($"{p.Quote ?? FigureText.Number(p.Value)} as of {FigureText.Date(p.AsOf)} — {p.ArticleName}"
                + (same.Count() > 1 ? $" (given {same.Count()} times)" : ""));
            svg.Append($"<a href=\"#{Anchors.Claim(p.Claim)}\"><g class=\"point\"><title>{tooltip}</title>");
            if (p.Lower is decimal lo && p.Upper is null)
            {
                // lower bound: arrow up from the bound
                double y = Y(lo);
                string fy = F(y), tip = F(Math.Max(Top, y - 34)), barbs = F(Math.Max(Top, y - 34) + 7);
                svg.Append($"<line x1=\"{fx}\" y1=\"{fy}\" x2=\"{fx}\" y2=\"{tip}\" stroke=\"{colour}\" stroke-width=\"2\"/>");
                svg.Append($"<path d=\"M{F(x - 5)},{barbs} L{fx},{tip} L{F(x + 5)},{barbs}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>");
                svg.Append($"<circle cx=\"{fx}\" cy=\"{fy}\" r=\"5\" fill=\"{(p.LowerInclusive ? colour : "white")}\" stroke=\"{colour}\" stroke-width=\"2\"/>");
            }
            else if (p.Upper is decimal hi && p.Lower is null)
            {
                // upper bound: arrow down from the bound
                double y = Y(hi);
                double end = Math.Min(Height - Bottom, y + 34);
                string fy = F(y), tip = F(end), barbs = F(end - 7);
                svg.Append($"<line x1=\"{fx}\" y1=\"{fy}\" x2=\"{fx}\" y2=\"{tip}\" stroke=\"{colour}\" stroke-width=\"2\"/>");
                svg.Append($"<path d=\"M{F(x - 5)},{barbs} L{fx},{tip} L{F(x + 5)},{barbs}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>");
                svg.Append($"<circle cx=\"{fx}\" cy=\"{fy}\" r=\"5\" fill=\"{(p.UpperInclusive ? colour : "white")}\" stroke=\"{colour}\" stroke-width=\"2\"/>");
            }
            else if (p.Lower is decimal l && p.Upper is decimal u && l != u)
            {
                // interval: whisker from lower to upper, the stated value as a dot
                string fl = F(Y(l)), fu = F(Y(u));
                svg.Append($"<line x1=\"{fx}\" y1=\"{fl}\" x2=\"{fx}\" y2=\"{fu}\" stroke=\"{colour}\" stroke-width=\"2\"/>");
                svg.Append($"<line x1=\"{F(x - 6)}\" y1=\"{fl}\" x2=\"{F(x + 6)}\" y2=\"{fl}\" stroke=\"{colour}\" stroke-width=\"2\"/>");
                svg.Append($"<line x1=\"{F(x - 6)}\" y1=\"{fu}\" x2=\"{F(x + 6)}\" y2=\"{fu}\" stroke=\"{colour}\" stroke-width=\"2\"/>");
                svg.Append($"<circle cx=\"{fx}\" cy=\"{F(Y(p.Value))}\" r=\"4\" fill=\"{colour}\"/>");
            }
            else
            {
                svg.Append($"<circle cx=\"{fx}\" cy=\"{F(Y(p.Value))}\" r=\"5\" fill=\"{colour}\"/>");
            }
            var label = FigureText.Interval(p) + (same.Count() > 1 ? $" ×{same.Count()}" : "");
            var (labelX, labelY, anchor) = labels.Place(x, Y(p.Lower ?? p.Upper ?? p.Value) + 4, label.Length * 6.2);
            svg.Append($"<text x=\"{F(labelX)}\" y=\"{F(labelY)}\" text-anchor=\"{anchor}\" font-size=\"11\" fill=\"{colour}\">{WebUtility.HtmlEncode(label)}</text>");
            svg.Append("</g></a>");
        }
        // legend
        double lx = Left, ly = Height - 12;
        void Entry(string marker, string text)
        {
            svg.Append(marker.Replace("{x}", F(lx + 5)).Replace("{y}", F(ly - 4)));
            svg.Append($"<text x=\"{F(lx + 14)}\" y=\"{F(ly)}\" font-size=\"11\" fill=\"#444\">{text}</text>");
            lx += 14 + text.Length * 6.2 + 16;
        }
        Entry($"<circle cx=\"{{x}}\" cy=\"{{y}}\" r=\"4\" fill=\"{PointColour}\"/>", "exact");
        Entry($"<circle cx=\"{{x}}\" cy=\"{{y}}\" r=\"4\" fill=\"white\" stroke=\"{PointColour}\" stroke-width=\"2\"/>", "↑ lower / ↓ upper bound (hollow: exclusive)");
        Entry($"<rect x=\"{{x}}\" y=\"{{y}}\" width=\"2\" height=\"9\" transform=\"translate(-1,-5)\" fill=\"{PointColour}\"/>", "range");
        Entry($"<circle cx=\"{{x}}\" cy=\"{{y}}\" r=\"4\" fill=\"{ConflictColour}\"/>", "conflict");
        Entry($"<circle cx=\"{{x}}\" cy=\"{{y}}\" r=\"4\" fill=\"{PossibleColour}\"/>", "possible conflict");
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Places point labels right of their point, moving one up when it would overlap another, or left at the right edge.</summary>
    private sealed class LabelPlacer(double rightEdge, double top)
    {
        /// <summary>How near two labels' baselines may come.</summary>
        private const double LineGap = 13;

        /// <summary>
        /// Placed labels and markers by grid cell (column of x, row of the baseline), each in every column
        /// its width spans: an overlap check reads the few cells around a label, not every label placed,
        /// which matters for a series of thousands of figures.
        /// </summary>
        private readonly Dictionary<(int Column, int Row), List<(double X0, double X1, double Y)>> _cells = [];

        public void Block(double x, double y) => Add(x - 6, x + 6, y);

        public (double X, double Y, string Anchor) Place(double x, double y, double width)
        {
            bool leftOfPoint = x + 8 + width > rightEdge;
            double x0 = leftOfPoint ? x - 8 - width : x + 8, x1 = x0 + width;
            for (int attempt = 0; attempt < 6 && Overlaps(x0, x1, y); attempt++)
                y = Math.Max(top + 10, y - 14);
            Add(x0, x1, y);
            return leftOfPoint ? (x - 8, y, "end") : (x + 8, y, "start");
        }

        private static int Cell(double v) => (int)Math.Floor(v / 32);

        private void Add(double x0, double x1, double y)
        {
            for (int column = Cell(x0); column <= Cell(x1); column++)
            {
                if (!_cells.TryGetValue((column, Cell(y)), out var placed)) _cells[(column, Cell(y))] = placed = [];
                placed.Add((x0, x1, y));
            }
        }

        private bool Overlaps(double x0, double x1, double y)
        {
            for (int column = Cell(x0); column <= Cell(x1); column++)
                for (int row = Cell(y - LineGap); row <= Cell(y + LineGap); row++)
                    if (_cells.TryGetValue((column, row), out var placed) && placed.Exists(b => b.X0 < x1 && x0 < b.X1 && Math.Abs(b.Y - y) < LineGap))
                        return true;
            return false;
        }
    }

    /// <summary>An axis number in few characters: 950, 20k, 1.5M, 3B.</summary>
    internal static string Compact(decimal value) => value switch
    {
        >= 1_000_000_000 => FigureText.Number(value / 1_000_000_000) + "B",
        >= 1_000_000 => FigureText.Number(value / 1_000_000) + "M",
        >= 10_000 => FigureText.Number(value / 1_000) + "k",
        _ => FigureText.Number(value),
    };

    /// <summary>Round tick values from 0 up to at least <paramref name="max"/>: 0, 5,000, 10,000, ...</summary>
    internal static IReadOnlyList<decimal> NiceTicks(decimal max)
    {
        double raw = (double)max / 4;
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        var ticks = new List<decimal>();
        for (int i = 0; ticks.Count == 0 || ticks[^1] < max; i++) ticks.Add((decimal)(step * i));
        return ticks;
    }
}
