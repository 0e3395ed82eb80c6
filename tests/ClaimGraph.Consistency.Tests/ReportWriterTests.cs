using System.Text;
using System.Text.Json;
using System.Xml;
using ClaimGraph.Consistency.Checking;
using ClaimGraph.Consistency.Model;
using ClaimGraph.Consistency.Reports;

namespace ClaimGraph.Consistency.Tests;

public class ReportWriterTests
{
    private static readonly ReportProvenance Provenance = new(42, new DateTimeOffset(2026, 11, 23, 13, 0, 0, TimeSpan.Zero),
        [new QueryUse("series.rq", new string('a', 64)), new QueryUse("conflicts.rq", new string('b', 64))]);

    private static void Feed(IReportSink sink, params Series[] series)
    {
        sink.Begin(Provenance);
        foreach (var s in series) sink.Add(s);
        sink.End();
    }

    [Fact]
    public void Json_report_has_the_agreed_shape()
    {
        using var stream = new MemoryStream();
        using (var writer = new JsonReportWriter(stream)) Feed(writer, SampleSeries.Gangs(), SampleSeries.Dens(), SampleSeries.Single());
        using var doc = JsonDocument.Parse(stream.ToArray());
        var root = doc.RootElement;

        Assert.Equal(42, root.GetProperty("storeVersion").GetInt64());
        Assert.Equal("queries/series.rq", root.GetProperty("queries")[0].GetProperty("name").GetString());
        var series = root.GetProperty("series");
        Assert.Equal(3, series.GetArrayLength());

        var gangs = series[0];
        Assert.Equal("https://claimgraph.org/id/metric/gangs", gangs.GetProperty("metric").GetString());
        Assert.Equal("\"two-card\" gangs destroyed", gangs.GetProperty("label").GetString());
        Assert.Equal("cumulative", gangs.GetProperty("kind").GetString());
        Assert.Equal("consistent", gangs.GetProperty("verdict").GetString());
        var second = gangs.GetProperty("points")[1];
        Assert.Equal("https://claimgraph.org/id/claim/g2", second.GetProperty("claim").GetString());
        Assert.Equal(8600m, second.GetProperty("value").GetDecimal());
        Assert.Equal("atLeast", second.GetProperty("bound").GetString());
        Assert.Equal("2021-02-04", second.GetProperty("asOf").GetString());
        Assert.Equal("000.txt", second.GetProperty("article").GetString());
        Assert.Equal("more than 8,600", second.GetProperty("quote").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("upper").ValueKind);

        var dens = series[1];
        Assert.Equal("conflict", dens.GetProperty("verdict").GetString());
        var finding = dens.GetProperty("findings")[0];
        Assert.Equal("conflict", finding.GetProperty("type").GetString());
        Assert.Equal(2, finding.GetProperty("claims").GetArrayLength());
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("explanation").GetString()));

        Assert.Equal("single", series[2].GetProperty("verdict").GetString());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("conflict").GetInt32());
    }

    [Fact]
    public void Html_report_is_well_formed_with_one_chart_per_multi_figure_series()
    {
        var html = new StringWriter();
        using (var writer = new HtmlReportWriter(html)) Feed(writer, SampleSeries.Gangs(), SampleSeries.Dens(), SampleSeries.Single());
        var text = html.ToString();

        var doc = new XmlDocument();
        using (var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore }))
            doc.Load(reader);   // throws when the page is not well-formed
        var svgNs = new XmlNamespaceManager(doc.NameTable);
        svgNs.AddNamespace("svg", "http://www.w3.org/2000/svg");
        Assert.Equal(2, doc.SelectNodes("//svg:svg", svgNs)!.Count);

        // each point of a chart links to a row that holds its sentence and links to its article
        foreach (XmlElement link in doc.SelectNodes("//svg:svg//svg:a", svgNs)!)
        {
            var target = link.GetAttribute("href").TrimStart('#');
            var row = doc.SelectSingleNode($"//*[@id='{target}']");
            Assert.NotNull(row);
            var articleLink = row!.SelectSingleNode(".//a[starts-with(@href, '#a-')]") as XmlElement;
            Assert.NotNull(articleLink);
            Assert.NotNull(doc.SelectSingleNode($"//*[@id='{articleLink!.GetAttribute("href").TrimStart('#')}']"));
        }
        Assert.Contains("more than 8,600", text);
        Assert.Contains("&lt;gangs&gt;", text);   // sentence text is escaped
        Assert.Contains("queries/series.rq", text);
        Assert.Contains("store version 42", text);
    }

    [Fact]
    public void Markdown_report_lists_series_findings_and_queries()
    {
        var md = new StringWriter();
        Feed(new MarkdownReportWriter(md), SampleSeries.Gangs(), SampleSeries.Dens());
        var text = md.ToString();
        Assert.Contains("### \"two-card\" gangs destroyed: consistent", text);
        Assert.Contains("| 2021-02-04 | more than 8,600 | atLeast |", text);
        Assert.Contains("- **conflict** (CumulativeNeverFalls)", text);
        Assert.Contains("| queries/conflicts.rq |", text);
    }

    [Fact]
    public void Chart_ticks_are_round_and_cover_the_values()
    {
        var ticks = SeriesChart.NiceTicks(31050);
        Assert.Equal(0, ticks[0]);
        Assert.True(ticks[^1] >= 31050);
        Assert.All(ticks.Skip(1), t => Assert.Equal(0, t % 1000));
    }
}
