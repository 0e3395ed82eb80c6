using ClaimGraph.Rdf.Model;
using ClaimGraph.Consistency.Model;
using ClaimGraph.Consistency.RuleChecks;
using ClaimGraph.Sparql.Results;

namespace ClaimGraph.Consistency.Checking;

/// <summary>
/// Groups the rows of series.rq (ordered by metric, kind, unit, as-of) into series while streaming,
/// attaches the findings and implied rates from the rule source, and turns implausible rates into
/// findings. Only one series is held at a time.
/// </summary>
internal sealed class SeriesAssembler(ISeriesFindingSource rules)
{
    public IEnumerable<Series> Assemble(SolutionsResult result, CancellationToken cancel)
    {
        var columns = new SolutionColumns(result.Variables);
        SeriesKey? key = null;
        string? label = null;
        var points = new List<FigurePoint>();
        var claims = new HashSet<string>(StringComparer.Ordinal);

        foreach (var row in result.Rows)
        {
            cancel.ThrowIfCancellationRequested();
            var metric = columns.Text(row, "metric");
            var value = columns.Decimal(row, "value");
            var claim = columns.Text(row, "claim");
            if (metric is null || value is null || claim is null) continue;

            var rowKey = new SeriesKey(metric, columns.Text(row, "kind"), columns.Text(row, "unit"));
            if (rowKey != key)
            {
                if (key is not null)
                    foreach (var series in Complete(key, label, points)) yield return series;
                key = rowKey;
                label = null;
                points = [];
                claims.Clear();
            }
            label ??= columns.Text(row, "label");
            if (!claims.Add(claim)) continue;   // a claim seen again through a second optional value
            points.Add(ReadPoint(columns, row, claim, value.Value));
        }
        if (key is not null)
            foreach (var series in Complete(key, label, points)) yield return series;
    }

    private static FigurePoint ReadPoint(SolutionColumns c, Term?[] row, string claim, decimal value) => new()
    {
        Claim = claim,
        Value = value,
        ValueHigh = c.Decimal(row, "valueHigh"),
        Bound = SeriesKey.LocalName(c.Text(row, "bound")) is string bound ? char.ToLowerInvariant(bound[0]) + bound[1..] : "exact",
        Lower = c.Decimal(row, "lower"),
        LowerInclusive = c.Boolean(row, "lowerInclusive") ?? true,
        Upper = c.Decimal(row, "upper"),
        UpperInclusive = c.Boolean(row, "upperInclusive") ?? true,
        AsOf = c.Date(row, "asOf"),
        PeriodStart = c.Date(row, "periodStart"),
        PeriodEnd = c.Date(row, "periodEnd"),
        Quote = c.Text(row, "quote"),
        Sentence = c.Text(row, "sentence"),
        SentenceText = c.Text(row, "sentenceText"),
        Article = c.Text(row, "article"),
        FileName = c.Text(row, "fileName"),
        Published = c.Date(row, "published"),
        Publisher = c.Text(row, "publisher"),
    };

    /// <summary>
    /// The finished series. One operation's result (an event) is never a series with other operations'
    /// results, so events are split by article and date: each is its own series.
    /// </summary>
    private IEnumerable<Series> Complete(SeriesKey key, string? label, List<FigurePoint> points)
    {
        var name = label ?? SeriesKey.LocalName(key.Metric) ?? key.Metric;
        var (findings, rates) = rules.For(key, points);
        if (key.KindName == "Event")
        {
            foreach (var operation in points.GroupBy(p => (p.Article, p.AsOf)))
            {
                var claims = operation.Select(p => p.Claim).ToHashSet(StringComparer.Ordinal);
                yield return Build(key, name, operation.ToList(), findings.Where(f => f.Claims.Any(claims.Contains)).ToList(), rates);
            }
        }
        else
        {
            yield return Build(key, name, points, findings.ToList(), rates);
        }
    }

    private static Series Build(SeriesKey key, string label, List<FigurePoint> points, List<Finding> found, IReadOnlyList<ImpliedRate> rates)
    {
        foreach (var rate in rates.Where(r => r.Implausible))
        {
            var stepClaims = points.Where(p => p.AsOf == rate.From || p.AsOf == rate.To).Select(p => p.Claim).ToList();
            found.Add(new Finding(FindingTypes.ImplausibleJump, Rules.PlausibleRate, stepClaims, FindingWords.ImplausibleJump(rate)) { Metrics = [key.Metric] });
        }
        return new Series(key, label, points, found, rates);
    }
}
