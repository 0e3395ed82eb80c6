using ClaimGraph.Search.Analysis;

namespace ClaimGraph.Search.Tests;

public class AnalyzerTests
{
    private static List<string> Terms(string text) => new NewsAnalyzer().Tokens("text", text).Select(t => t.Term).ToList();

    [Theory]
    [InlineData("8,600", "8600")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("1,234.5", "1234.5")]
    [InlineData("8600", "8600")]
    [InlineData("1.8", "1.8")]
    public void Numbers_lose_their_thousands_separators(string written, string term) =>
        Assert.Equal([term], Terms(written));

    [Fact]
    public void A_comma_that_does_not_group_thousands_is_kept() =>
        Assert.DoesNotContain("12345", Terms("12,345,6"));

    [Fact]
    public void A_scaled_number_is_also_indexed_as_its_value_at_the_scale_word()
    {
        var tokens = new NewsAnalyzer().Tokens("text", "more than 14 million yuan");
        var scaled = Assert.Single(tokens, t => t.Term == "14000000");
        var million = Assert.Single(tokens, t => t.Term == "million");
        Assert.Equal(million.Position, scaled.Position);
        Assert.Equal("14 million", "more than 14 million yuan"[scaled.StartOffset..scaled.EndOffset]);
    }

    [Fact]
    public void Decimal_scaled_numbers_expand_too() => Assert.Contains("8700000", Terms("8.7 million people"));

    [Fact]
    public void Curly_quotes_are_folded_so_possessives_go() =>
        Assert.Equal(["state", "council", "offic"], Terms("State Council’s office"));

    [Fact]
    public void Words_are_lower_cased_stemmed_and_stop_words_dropped() =>
        Assert.Equal(["suspect", "arrest", "card"], Terms("The Suspects are ARRESTED for the cards"));

    [Fact]
    public void Offsets_point_at_the_words_in_the_text()
    {
        const string text = "“Card Broken” operation: 531 suspects";
        foreach (var token in new NewsAnalyzer().Tokens("text", text))
            Assert.StartsWith(text[token.StartOffset..token.EndOffset].ToLowerInvariant()[..2], token.Term);
    }
}
