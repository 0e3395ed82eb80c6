using System.Text;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Syntax;

namespace ClaimGraph.Rdf.Tests;

public class ReaderTests
{
    internal static List<Quad> Read(RdfFormat format, string text, string? baseIri = "http://example.org/base/doc", bool keepLabels = true) =>
        Read(format, Encoding.UTF8.GetBytes(text), baseIri, keepLabels);

    internal static List<Quad> Read(RdfFormat format, byte[] bytes, string? baseIri = "http://example.org/base/doc", bool keepLabels = true)
    {
        using var reader = format.CreateReader(new MemoryStream(bytes),
            new RdfReaderOptions { BaseIri = baseIri, SourceName = "test", KeepBlankNodeLabels = keepLabels });
        return reader.ReadQuads().ToList();
    }

    private static RdfSyntaxException Fails(RdfFormat format, string text) =>
        Assert.Throws<RdfSyntaxException>(() => Read(format, text));

    [Fact]
    public void NTriples_reads_iris_blank_nodes_and_literals()
    {
        var quads = Read(RdfFormat.NTriples,
            "<http://a/s> <http://a/p> <http://a/o> .\n" +
            "_:b1 <http://a/p> \"x\\ty\\u00E9\"@en-GB .\n" +
            "<http://a/s> <http://a/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> . # comment\n");
        Assert.Equal(3, quads.Count);
        Assert.Equal(new Iri("http://a/o"), quads[0].Object);
        Assert.Equal(new BlankNode("b1"), quads[1].Subject);
        Assert.Equal(Literal.LangTagged("x\ty\u00E9", "en-GB"), quads[1].Object);
        Assert.Equal(Literal.Integer(1), quads[2].Object);
        Assert.All(quads, q => Assert.Null(q.Graph));
    }

    [Fact]
    public void NQuads_reads_graph_names()
    {
        var quads = Read(RdfFormat.NQuads, "<http://a/s> <http://a/p> <http://a/o> <http://a/g> .\n<http://a/s> <http://a/p> <http://a/o> .");
        Assert.Equal(new Iri("http://a/g"), quads[0].Graph);
        Assert.Null(quads[1].Graph);
    }

    [Fact]
    public void Empty_input_gives_no_quads()
    {
        Assert.Empty(Read(RdfFormat.NTriples, ""));
        Assert.Empty(Read(RdfFormat.Turtle, ""));
        Assert.Empty(Read(RdfFormat.TriG, "# only a comment\n"));
    }

    [Fact]
    public void Crlf_line_ends_and_a_byte_order_mark_are_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<http://a/s> <http://a/p> \"1\" .\r\n<http://a/s> <http://a/p> \"2\" .\r\n")).ToArray();
        Assert.Equal(2, Read(RdfFormat.NTriples, bytes).Count);
        var turtle = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("@prefix a: <http://a/> .\r\na:s a:p \"\"\"x\r\ny\"\"\" .\r\n")).ToArray();
        Assert.Equal(Literal.String("x\r\ny"), Read(RdfFormat.Turtle, turtle).Single().Object);
    }

    [Fact]
    public void A_lone_carriage_return_ends_an_NTriples_line_but_two_statements_on_one_line_are_an_error()
    {
        Assert.Equal(2, Read(RdfFormat.NTriples, "<http://a/s> <http://a/p> \"1\" .\r<http://a/s> <http://a/p> \"2\" .").Count);
        Fails(RdfFormat.NTriples, "<http://a/s> <http://a/p> \"1\" . <http://a/s> <http://a/p> \"2\" .");
    }

    [Fact]
    public void Error_names_source_line_column_and_what_was_expected()
    {
        var e = Fails(RdfFormat.NTriples, "<http://a/s> <http://a/p> <http://a/o> .\n<http://a/s> <http://a/p> <http://a/o>\n");
        Assert.Equal(2, e.Line);
        Assert.Equal(39, e.Column);
        Assert.Contains("expected '.'", e.Message);
        Assert.StartsWith("test:2:39:", e.Message);

        var t = Fails(RdfFormat.Turtle, "@prefix a: <http://a/> .\na:s a:p a:o ;\n  a:q .");
        Assert.Equal(3, t.Line);
        Assert.Equal(7, t.Column);
        Assert.Contains("expected an object", t.Message);
    }

    [Fact]
    public void Invalid_utf8_is_a_syntax_error_at_its_position()
    {
        var bytes = Encoding.UTF8.GetBytes("<http://a/s> <http://a/p> \"ok\" .\n<http://a/s> <http://a/p> \"")
            .Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\" .\n")).ToArray();
        var e = Assert.Throws<RdfSyntaxException>(() => Read(RdfFormat.NTriples, bytes));
        Assert.Equal(2, e.Line);
        Assert.Equal(28, e.Column);
        Assert.Contains("UTF-8", e.Message);
    }

    [Fact]
    public void Binary_data_is_a_syntax_error()
    {
        var bytes = new byte[] { 0x00, 0x01, 0x02, 0xFF, 0xFE };
        Assert.Throws<RdfSyntaxException>(() => Read(RdfFormat.Turtle, bytes));
        Assert.Throws<RdfSyntaxException>(() => Read(RdfFormat.NQuads, bytes));
    }

    [Fact]
    public void NTriples_rejects_relative_iris()
    {
        Assert.Contains("relative IRI", Fails(RdfFormat.NTriples, "<s> <http://a/p> <http://a/o> .").Message);
    }

    [Fact]
    public void Turtle_resolves_relative_iris_against_base_and_prefixes()
    {
        var quads = Read(RdfFormat.Turtle,
            "@base <http://example.org/x/> .\nPREFIX e: <sub/>\n<a> e:b <../c> ; a e:T , e:U .\n");
        Assert.Equal(3, quads.Count);
        Assert.Equal(new Iri("http://example.org/x/a"), quads[0].Subject);
        Assert.Equal(new Iri("http://example.org/x/sub/b"), quads[0].Predicate);
        Assert.Equal(new Iri("http://example.org/c"), quads[0].Object);
        Assert.Equal(Vocab.Rdf.Type, quads[1].Predicate);
    }

    [Fact]
    public void Turtle_reads_numbers_booleans_collections_and_blank_node_lists()
    {
        var quads = Read(RdfFormat.Turtle, "@prefix : <http://a/> .\n:s :p 1, -2.5, 1e3, true ; :q ( 1 2 ) ; :r [ :x :y ] .");
        Assert.Contains(quads, q => q.Object.Equals(Literal.Typed("1", Vocab.Xsd.Integer)));
        Assert.Contains(quads, q => q.Object.Equals(Literal.Typed("-2.5", Vocab.Xsd.Decimal)));
        Assert.Contains(quads, q => q.Object.Equals(Literal.Typed("1e3", Vocab.Xsd.Double)));
        Assert.Contains(quads, q => q.Object.Equals(Literal.True));
        Assert.Equal(2, quads.Count(q => q.Predicate.Equals(Vocab.Rdf.First)));
        Assert.Contains(quads, q => q.Predicate.Equals(new Iri("http://a/x")) && q.Subject.IsBlankNode);
    }

    [Fact]
    public void Local_name_does_not_take_the_final_dot()
    {
        var quads = Read(RdfFormat.Turtle, "@prefix : <http://a/> .\n:s :p :o.b.");
        Assert.Equal(new Iri("http://a/o.b"), quads.Single().Object);
    }

    [Fact]
    public void TriG_reads_named_default_and_blank_graphs()
    {
        var quads = Read(RdfFormat.TriG, "@prefix : <http://a/> .\n:g { :s :p :o . :s :p :o2 }\n{ :s :p :d }\nGRAPH _:b { :s :p :o }\n:t :p :o .");
        Assert.Equal(5, quads.Count);
        Assert.Equal(new Iri("http://a/g"), quads[0].Graph);
        Assert.Null(quads[2].Graph);
        Assert.True(quads[3].Graph!.IsBlankNode);
        Assert.Null(quads[4].Graph);
    }

    [Fact]
    public void Blank_node_labels_are_unique_per_document_unless_kept()
    {
        const string text = "_:a <http://a/p> <http://a/o> .";
        var first = Read(RdfFormat.NTriples, text, keepLabels: false).Single();
        var second = Read(RdfFormat.NTriples, text, keepLabels: false).Single();
        Assert.NotEqual(first.Subject, second.Subject);
        Assert.Equal(new BlankNode("a"), Read(RdfFormat.NTriples, text).Single().Subject);
    }

    [Fact]
    public void Prefixes_seen_are_exposed()
    {
        using var reader = RdfFormat.Turtle.CreateReader(new StringReader("@prefix ex: <http://ex/> . PREFIX : <http://d/>\nex:a :b ex:c ."));
        Assert.Single(reader.ReadQuads());
        Assert.Equal("http://ex/", reader.Prefixes["ex"]);
        Assert.Equal("http://d/", reader.Prefixes[""]);
    }

    [Fact]
    public void Long_lines_across_buffer_boundaries_are_read_whole()
    {
        string value = new('x', 200_000);
        var sb = new StringBuilder();
        for (int i = 0; i < 3; i++) sb.Append($"<http://a/s{i}> <http://a/p> \"{value}\" .\n");
        var quads = Read(RdfFormat.NTriples, sb.ToString());
        Assert.Equal(3, quads.Count);
        Assert.All(quads, q => Assert.Equal(value, ((Literal)q.Object).Lexical));
        Assert.Equal(3, Read(RdfFormat.Turtle, sb.ToString()).Count);
    }

    [Fact]
    public void Format_registry_finds_formats_by_name_and_extension()
    {
        Assert.Same(RdfFormat.Turtle, RdfFormat.FromFileName("a/b.TTL"));
        Assert.Same(RdfFormat.NQuads, RdfFormat.FromName("nquads"));
        Assert.Same(RdfFormat.TriG, RdfFormat.FromFileName("x.trig"));
        Assert.Same(RdfFormat.NTriples, RdfFormat.FromName("nt"));
        Assert.Null(RdfFormat.FromFileName("x.txt"));
    }

    [Fact]
    public void Missing_file_and_folder_are_errors_without_position()
    {
        var missing = Assert.Throws<RdfSyntaxException>(() => RdfFile.ReadQuads("/nonexistent/x.nt").ToList());
        Assert.Contains("no such file", missing.Message);
        var folder = Assert.Throws<RdfSyntaxException>(() => RdfFile.ReadQuads(Path.GetTempPath().TrimEnd('/') + ".nt").ToList());
        Assert.Equal(0, folder.Line);
    }
}
