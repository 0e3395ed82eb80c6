using ClaimGraph.Rdf.Iris;

namespace ClaimGraph.Rdf.Tests;

public class IriReferenceTests
{
    private const string Base = "http://a/b/c/d;p?q";

    [Theory]
    // RFC 3986 section 5.4.1, normal examples
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("g#s", "http://a/b/c/g#s")]
    [InlineData("g?y#s", "http://a/b/c/g?y#s")]
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("g;x", "http://a/b/c/g;x")]
    [InlineData("g;x?y#s", "http://a/b/c/g;x?y#s")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("./", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    // section 5.4.2, abnormal examples
    [InlineData("../../../g", "http://a/g")]
    [InlineData("../../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("/../g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData(".g", "http://a/b/c/.g")]
    [InlineData("g..", "http://a/b/c/g..")]
    [InlineData("..g", "http://a/b/c/..g")]
    [InlineData("./../g", "http://a/b/g")]
    [InlineData("./g/.", "http://a/b/c/g/")]
    [InlineData("g/./h", "http://a/b/c/g/h")]
    [InlineData("g/../h", "http://a/b/c/h")]
    [InlineData("g;x=1/./y", "http://a/b/c/g;x=1/y")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    [InlineData("g?y/./x", "http://a/b/c/g?y/./x")]
    [InlineData("g?y/../x", "http://a/b/c/g?y/../x")]
    [InlineData("g#s/./x", "http://a/b/c/g#s/./x")]
    [InlineData("g#s/../x", "http://a/b/c/g#s/../x")]
    [InlineData("http:g", "http:g")]
    public void Resolves_the_RFC_3986_examples(string reference, string expected)
    {
        Assert.Equal(expected, IriReference.Resolve(Base, reference));
    }

    [Fact]
    public void Parse_splits_components_and_keeps_empty_ones_apart_from_absent_ones()
    {
        var iri = IriReference.Parse("http://example.org/a/b?#");
        Assert.Equal("http", iri.Scheme);
        Assert.Equal("example.org", iri.Authority);
        Assert.Equal("/a/b", iri.Path);
        Assert.Equal("", iri.Query);
        Assert.Equal("", iri.Fragment);
        Assert.Equal("http://example.org/a/b?#", iri.ToString());

        var relative = IriReference.Parse("a/b");
        Assert.Null(relative.Scheme);
        Assert.Null(relative.Authority);
        Assert.Null(relative.Query);
        Assert.Null(relative.Fragment);
    }

    [Fact]
    public void Resolution_against_an_authority_with_empty_path_adds_a_slash()
    {
        Assert.Equal("http://example.org/x", IriReference.Resolve("http://example.org", "x"));
    }

    [Fact]
    public void Non_ascii_characters_are_kept_as_written()
    {
        Assert.Equal("http://example.org/ä/ö", IriReference.Resolve("http://example.org/ä/b", "ö"));
    }

    [Fact]
    public void A_colon_after_a_non_scheme_character_is_not_a_scheme()
    {
        Assert.False(IriReference.HasScheme("1a:b"));
        Assert.False(IriReference.HasScheme("a/b:c"));
        Assert.True(IriReference.HasScheme("urn:x"));
    }
}
