using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Rdf.Tests;

public class TermEqualityTests
{
    [Fact]
    public void Language_tags_compare_case_insensitively()
    {
        Assert.Equal(Literal.LangTagged("chat", "en-GB"), Literal.LangTagged("chat", "en-gb"));
        Assert.Equal(Literal.LangTagged("chat", "en-GB").GetHashCode(), Literal.LangTagged("chat", "en-gb").GetHashCode());
    }

    [Fact]
    public void Plain_literal_is_xsd_string_and_differs_from_other_datatypes()
    {
        Assert.Equal(Vocab.Xsd.String, Literal.String("1").Datatype);
        Assert.NotEqual<Term>(Literal.String("1"), Literal.Typed("1", Vocab.Xsd.Integer));
    }

    [Fact]
    public void Iri_and_literal_with_same_text_differ()
    {
        Assert.NotEqual<Term>(new Iri("http://example.org/a"), Literal.String("http://example.org/a"));
    }

    [Fact]
    public void NTriples_form_escapes_quotes_and_newlines()
    {
        Assert.Equal("\"a\\\"b\\nc\"", Literal.String("a\"b\nc").ToString());
        Assert.Equal("\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>", Literal.Integer(1).ToString());
    }
}
