using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql.Results;

namespace ClaimGraph.Sparql.Tests;

public class ResultsTests
{
    private static SolutionsResult Sample() => new(["s", "o"],
    [
        [new Iri("http://example.org/s1"), Literal.LangTagged("chat \"x\"\n", "fr")],
        [new BlankNode("b0"), Literal.Typed("4", Rdf.Model.Vocab.Xsd.Integer)],
        [new Iri("http://example.org/s3"), null],
        [new Iri("http://example.org/s4"), Literal.Typed("x", new Iri("http://example.org/dt"))],
    ]);

    private static string WriteToString(IResultsWriter writer, QueryResult result)
    {
        var sw = new StringWriter();
        writer.Write(result, sw);
        return sw.ToString();
    }

    private static void AssertSameRows(SolutionsResult expected, QueryResult actual)
    {
        var s = Assert.IsType<SolutionsResult>(actual);
        Assert.Equal(expected.Variables, s.Variables);
        Assert.Equal(expected.Rows.Select(r => string.Join(" ", r.Select(t => t?.ToString()))), s.Rows.Select(r => string.Join(" ", r.Select(t => t?.ToString()))));
    }

    [Fact]
    public void Json_round_trips_select_and_ask()
    {
        AssertSameRows(Sample(), new SparqlJsonReader().Read(new StringReader(WriteToString(new SparqlJsonWriter(), Sample()))));
        var ask = new SparqlJsonReader().Read(new StringReader(WriteToString(new SparqlJsonWriter(), new BooleanResult(true))));
        Assert.True(Assert.IsType<BooleanResult>(ask).Value);
    }

    [Fact]
    public void Xml_round_trips_select_and_ask()
    {
        AssertSameRows(Sample(), new SparqlXmlReader().Read(new StringReader(WriteToString(new SparqlXmlWriter(), Sample()))));
        var ask = new SparqlXmlReader().Read(new StringReader(WriteToString(new SparqlXmlWriter(), new BooleanResult(false))));
        Assert.False(Assert.IsType<BooleanResult>(ask).Value);
    }

    [Fact]
    public void Tsv_round_trips_and_uses_short_numbers()
    {
        string tsv = WriteToString(new SparqlTsvWriter(), Sample());
        Assert.Contains("_:b0\t4\n", tsv);
        AssertSameRows(Sample(), new SparqlTsvReader().Read(new StringReader(tsv)));
    }

    [Fact]
    public void Csv_quotes_only_when_needed_and_reads_back_as_cells()
    {
        string csv = WriteToString(new SparqlCsvWriter(), Sample());
        Assert.StartsWith("s,o\r\nhttp://example.org/s1,\"chat \"\"x\"\"\n\"\r\n_:b0,4\r\n", csv);
        var (header, rows) = SparqlCsvReader.ReadCells(new StringReader(csv));
        Assert.Equal(["s", "o"], header);
        Assert.Equal("chat \"x\"\n", rows[0][1]);
        Assert.Equal("", rows[2][1]);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public void Table_aligns_columns_and_abbreviates_with_prefixes()
    {
        string table = WriteToString(new TableWriter(new Dictionary<string, string> { ["ex"] = "http://example.org/" }), Sample());
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("ex:s1", table);
        Assert.Contains("\"x\"^^ex:dt", table);
        Assert.Equal(lines[0].Length, lines[1].Length);
        Assert.EndsWith("4 rows", lines[^1].TrimEnd());
    }

    [Fact]
    public void Result_set_graph_is_read_in_index_order()
    {
        const string rs = ResultSetGraphReader.Namespace;
        var set = new BlankNode("set");
        var triples = new List<Triple>
        {
            new(set, Rdf.Model.Vocab.Rdf.Type, new Iri(rs + "ResultSet")),
            new(set, new Iri(rs + "resultVariable"), Literal.String("x")),
        };
        foreach (var (index, value) in new[] { (2, "b"), (1, "a") })
        {
            var solution = new BlankNode("s" + index);
            var binding = new BlankNode("b" + index);
            triples.Add(new(set, new Iri(rs + "solution"), solution));
            triples.Add(new(solution, new Iri(rs + "index"), Literal.Integer(index)));
            triples.Add(new(solution, new Iri(rs + "binding"), binding));
            triples.Add(new(binding, new Iri(rs + "variable"), Literal.String("x")));
            triples.Add(new(binding, new Iri(rs + "value"), Literal.String(value)));
        }
        var result = Assert.IsType<SolutionsResult>(ResultSetGraphReader.Read(triples));
        Assert.Equal(new Term?[] { Literal.String("a"), Literal.String("b") }, result.Rows.Select(r => r[0]));
    }
}
