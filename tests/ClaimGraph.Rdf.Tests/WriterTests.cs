using System.Text;
using ClaimGraph.Rdf.Comparison;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Syntax;
using ClaimGraph.Rdf.Writing;

namespace ClaimGraph.Rdf.Tests;

public class WriterTests
{
    private const string Document = """
        @prefix ex: <http://example.org/ns#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        ex:claim1 a ex:Claim ;
            ex:value 9013, -1.5, 1.0e3, "007"^^xsd:integer, true ;
            ex:quote "more than \"8,600\"\n\ttab\u0001 é 😀"@en-GB ;
            ex:odd <http://example.org/with space%20and#frag> , <http://example.org/ns#a.b.> ;
            ex:list ( 1 [ ex:p "x" ] ) .
        _:b1 ex:knows _:b2 . _:b2 ex:knows _:b1 .
        ex:g { ex:s ex:p ex:o . _:b1 ex:p "in graph" }
        _:g { ex:s ex:p "blank graph" }
        """;

    private static List<Quad> ReadTrig(string text) =>
        RdfFormat.TriG.CreateReader(new StringReader(text.Replace("with space", "with_space")), new RdfReaderOptions { KeepBlankNodeLabels = false }).ReadQuads().ToList();

    private static string Write(RdfFormat format, IEnumerable<Quad> quads, IReadOnlyDictionary<string, string>? prefixes = null)
    {
        var sb = new StringWriter();
        using (var writer = format.CreateWriter(sb, new RdfWriterOptions { Prefixes = prefixes })) writer.WriteQuads(quads);
        return sb.ToString();
    }

    private static List<Quad> Reread(RdfFormat format, string text) =>
        format.CreateReader(new StringReader(text), new RdfReaderOptions { SourceName = format.Name }).ReadQuads().ToList();

    [Theory]
    [InlineData("nquads")]
    [InlineData("trig")]
    public void Dataset_formats_round_trip_to_an_isomorphic_dataset(string formatName)
    {
        var format = RdfFormat.FromName(formatName)!;
        var original = ReadTrig(Document);
        var prefixes = new Dictionary<string, string> { ["ex"] = "http://example.org/ns#", ["xsd"] = Vocab.Xsd.Namespace };
        var text = Write(format, original, prefixes);
        Assert.Null(QuadSetIsomorphism.Difference(original, Reread(format, text)));
    }

    [Theory]
    [InlineData("ntriples")]
    [InlineData("turtle")]
    public void Triple_formats_round_trip_the_default_graph(string formatName)
    {
        var format = RdfFormat.FromName(formatName)!;
        var original = ReadTrig(Document).Where(q => q.Graph is null).ToList();
        var text = Write(format, original, new Dictionary<string, string> { ["ex"] = "http://example.org/ns#" });
        Assert.Null(QuadSetIsomorphism.Difference(original, Reread(format, text)));
    }

    [Fact]
    public void Turtle_groups_subjects_uses_prefixes_and_bare_numbers()
    {
        var quads = ReadTrig(Document).Where(q => q.Graph is null).ToList();
        var text = Write(RdfFormat.Turtle, quads, new Dictionary<string, string> { ["ex"] = "http://example.org/ns#" });
        Assert.Contains("@prefix ex: <http://example.org/ns#> .", text);
        Assert.Contains("ex:claim1 a ex:Claim ;", text);
        Assert.Contains("ex:value 9013, -1.5, 1.0e3, 007, true ;", text);
        Assert.Contains("<http://example.org/ns#a.b.>", text);          // a local name cannot end with '.'
        Assert.Single(text.Split('\n'), l => l.StartsWith("ex:claim1", StringComparison.Ordinal));
    }

    [Fact]
    public void NTriples_output_uses_canonical_escapes()
    {
        var quad = new Quad(new Iri("http://a/s"), new Iri("http://a/p"), Literal.String("a\"b\\c\nd\te\u0001é"), null);
        Assert.Equal("<http://a/s> <http://a/p> \"a\\\"b\\\\c\\nd\\te\\u0001é\" .\n", Write(RdfFormat.NTriples, [quad]));
    }

    [Fact]
    public void Blank_node_labels_that_are_not_valid_syntax_are_replaced()
    {
        var quad = new Quad(new BlankNode("has space"), new Iri("http://a/p"), new BlankNode("ok1"), null);
        var text = Write(RdfFormat.NTriples, [quad]);
        Assert.Equal("_:_r1 <http://a/p> _:ok1 .\n", text);
        Assert.Single(Reread(RdfFormat.NTriples, text));
    }

    [Fact]
    public void Isomorphism_tells_blank_node_structures_apart()
    {
        var p = new Iri("http://a/p");
        Quad Q(Term s, Term o) => new(s, p, o, null);
        BlankNode B(string l) => new(l);
        // a 2-cycle plus a 2-cycle versus a 4-cycle: same degree everywhere, not isomorphic
        var twoCycles = new[] { Q(B("a"), B("b")), Q(B("b"), B("a")), Q(B("c"), B("d")), Q(B("d"), B("c")) };
        var fourCycle = new[] { Q(B("w"), B("x")), Q(B("x"), B("y")), Q(B("y"), B("z")), Q(B("z"), B("w")) };
        Assert.False(QuadSetIsomorphism.AreIsomorphic(twoCycles, fourCycle));
        var renamed = new[] { Q(B("x"), B("y")), Q(B("y"), B("x")), Q(B("z"), B("t")), Q(B("t"), B("z")) };
        Assert.True(QuadSetIsomorphism.AreIsomorphic(twoCycles, renamed));
        Assert.False(QuadSetIsomorphism.AreIsomorphic(twoCycles, twoCycles.Take(3)));
        Assert.True(QuadSetIsomorphism.AreIsomorphic(
            [new Quad(B("g1"), p, Literal.String("x"), B("g1"))],
            [new Quad(B("g2"), p, Literal.String("x"), B("g2"))]));
        Assert.False(QuadSetIsomorphism.AreIsomorphic(
            [new Quad(B("g1"), p, Literal.String("x"), B("g1"))],
            [new Quad(B("g2"), p, Literal.String("x"), B("g3"))]));
    }
}
