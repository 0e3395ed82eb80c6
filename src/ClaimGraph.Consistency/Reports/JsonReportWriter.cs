using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimGraph.Consistency.Checking;
using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.Reports;

/// <summary>
/// The report as JSON, written while the series stream: { generatedAt, storeVersion, queries, series: [
/// { metric, label, kind, unit, verdict, points: [ { claim, value, bound, asOf, article, quote, ... } ],
/// rates, findings: [ { type, rule, claims, explanation } ] } ], summary }.
/// </summary>
public sealed class JsonReportWriter(Stream output) : IReportSink, IDisposable
{
    private readonly Utf8JsonWriter _json = new(output, new JsonWriterOptions
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,   // keep “quotes” and non-ASCII readable
    });
    private readonly SummaryCounter _summary = new() { MaxLines = 0 };

    public void Begin(ReportProvenance provenance)
    {
        _json.WriteStartObject();
        _json.WriteString("generatedAt", provenance.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        _json.WriteNumber("storeVersion", provenance.StoreVersion);
        _json.WriteStartArray("queries");
        foreach (var query in provenance.Queries)
        {
            _json.WriteStartObject();
            _json.WriteString("name", "queries/" + query.Name);
            _json.WriteString("sha256", query.Sha256);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteStartArray("series");
    }

    public void Add(Series series)
    {
        _summary.Add(series);
        _json.WriteStartObject();
        _json.WriteString("metric", series.Key.Metric);
        _json.WriteString("label", series.Label);
        _json.WriteString("kind", Camel(series.Key.KindName));
        _json.WriteString("unit", series.Key.UnitName);
        _json.WriteString("verdict", series.Verdict);
        _json.WriteNumber("distinctFigures", series.DistinctFigures);

        _json.WriteStartArray("points");
        foreach (var p in series.Points) WritePoint(p);
        _json.WriteEndArray();

        _json.WriteStartArray("rates");
        foreach (var r in series.Rates)
        {
            _json.WriteStartObject();
            _json.WriteString("from", FigureText.Date(r.From));
            _json.WriteString("to", FigureText.Date(r.To));
            _json.WriteNumber("days", r.Days);
            _json.WriteNumber("ratePerDay", Math.Round(r.RatePerDay, 4));
            _json.WriteBoolean("implausible", r.Implausible);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();

        _json.WriteStartArray("findings");
        foreach (var f in series.Findings)
        {
            _json.WriteStartObject();
            _json.WriteString("type", f.Type);
            _json.WriteString("rule", f.Rule);
            _json.WriteStartArray("claims");
            foreach (var claim in f.Claims) _json.WriteStringValue(claim);
            _json.WriteEndArray();
            _json.WriteString("explanation", f.Explanation);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
        if (_json.BytesPending > 1 << 16) _json.Flush();
    }

    private void WritePoint(FigurePoint p)
    {
        _json.WriteStartObject();
        _json.WriteString("claim", p.Claim);
        _json.WriteNumber("value", p.Value);
        if (p.ValueHigh is decimal high) _json.WriteNumber("valueHigh", high);
        _json.WriteString("bound", p.Bound);
        WriteNumberOrNull("lower", p.Lower);
        _json.WriteBoolean("lowerInclusive", p.LowerInclusive);
        WriteNumberOrNull("upper", p.Upper);
        _json.WriteBoolean("upperInclusive", p.UpperInclusive);
        WriteStringOrNull("asOf", p.AsOf is null ? null : FigureText.Date(p.AsOf));
        if (p.PeriodStart is not null) _json.WriteString("periodStart", FigureText.Date(p.PeriodStart));
        if (p.PeriodEnd is not null) _json.WriteString("periodEnd", FigureText.Date(p.PeriodEnd));
        WriteStringOrNull("article", p.ArticleName);
        WriteStringOrNull("articleIri", p.Article);
        WriteStringOrNull("published", p.Published is null ? null : FigureText.Date(p.Published));
        WriteStringOrNull("publisher", p.Publisher);
        WriteStringOrNull("quote", p.Quote);
        WriteStringOrNull("sentence", p.SentenceText);
        _json.WriteEndObject();
    }

    public void End()
    {
        _json.WriteEndArray();
        _json.WriteStartObject("summary");
        _json.WriteNumber("series", _summary.Series);
        _json.WriteNumber("claims", _summary.Claims);
        _json.WriteNumber("findings", _summary.Findings);
        foreach (var (verdict, count) in _summary.ByVerdict) _json.WriteNumber(verdict, count);
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();

    private void WriteNumberOrNull(string name, decimal? value)
    {
        if (value is decimal v) _json.WriteNumber(name, v); else _json.WriteNull(name);
    }

    private void WriteStringOrNull(string name, string? value)
    {
        if (value is null) _json.WriteNull(name); else _json.WriteString(name, value);
    }

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
