using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Xsd;
using ClaimGraph.Sparql.Functions;

namespace ClaimGraph.Sparql.Tests;

public class FunctionsTests
{
    private static readonly FunctionContext Context = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero), "http://example.org/base/", 42);

    private static Literal Typed(string lexical, Iri datatype) => Literal.Typed(lexical, datatype);
    private static Literal Int(long v) => Literal.Integer(v);
    private static Term? Call(string name, params Term?[] args) => BuiltInFunctions.Call(name, args, Context);

    [Fact]
    public void Numeric_promotion_follows_integer_decimal_float_double()
    {
        Assert.Equal(Int(3), Operators.Add(Int(1), Int(2)));
        Assert.Equal(Typed("1.5", Vocab.Xsd.Decimal), Operators.Add(Int(1), Typed("0.5", Vocab.Xsd.Decimal)));
        Assert.Equal(Vocab.Xsd.Double, ((Literal)Operators.Add(Typed("1", Vocab.Xsd.Float), Typed("1", Vocab.Xsd.Double))!).Datatype);
        Assert.Equal(Vocab.Xsd.Float, ((Literal)Operators.Multiply(Int(2), Typed("1.5", Vocab.Xsd.Float))!).Datatype);
        // integer division gives a decimal; division by zero is an error for decimals
        Assert.Equal(Typed("0.5", Vocab.Xsd.Decimal), Operators.Divide(Int(1), Int(2)));
        Assert.Null(Operators.Divide(Int(1), Int(0)));
        Assert.Equal("INF", ((Literal)Operators.Divide(Typed("1", Vocab.Xsd.Double), Int(0))!).Lexical);
    }

    [Fact]
    public void Integer_arithmetic_overflows_into_big_integers()
    {
        var big = (Literal)Operators.Multiply(Int(long.MaxValue), Int(10))!;
        Assert.Equal("92233720368547758070", big.Lexical);
        Assert.Equal(1, Operators.ValueCompare(big, Int(long.MaxValue)));
    }

    [Fact]
    public void Equality_is_by_value_for_known_types_and_an_error_for_unknown_different_terms()
    {
        Assert.True(Operators.ValueEquals(Int(1), Typed("1.0", Vocab.Xsd.Decimal)));
        Assert.True(Operators.ValueEquals(Typed("01", Vocab.Xsd.Integer), Int(1)));
        Assert.False(Operators.ValueEquals(Literal.String("1"), Int(1)));
        var custom = new Iri("http://example.org/dt");
        Assert.Null(Operators.ValueEquals(Typed("a", custom), Typed("b", custom)));
        Assert.True(Operators.ValueEquals(Typed("a", custom), Typed("a", custom)));
        Assert.False(Operators.ValueEquals(new Iri("http://a"), Literal.String("http://a")));
        Assert.Null(Operators.ValueEquals(Typed("abc", Vocab.Xsd.Integer), Int(1)));
    }

    [Fact]
    public void DateTimes_compare_across_timezones_and_are_indeterminate_within_14_hours()
    {
        var utc = Typed("2020-01-01T12:00:00Z", Vocab.Xsd.DateTime);
        var plusOne = Typed("2020-01-01T13:00:00+01:00", Vocab.Xsd.DateTime);
        var local = Typed("2020-01-01T12:00:00", Vocab.Xsd.DateTime);
        var farLocal = Typed("2020-01-03T12:00:00", Vocab.Xsd.DateTime);
        Assert.True(Operators.ValueEquals(utc, plusOne));
        Assert.Null(Operators.ValueCompare(utc, local));
        Assert.Equal(-1, Operators.ValueCompare(utc, farLocal));
    }

    [Fact]
    public void Effective_boolean_value()
    {
        Assert.False(Operators.EffectiveBooleanValue(Literal.String("")));
        Assert.True(Operators.EffectiveBooleanValue(Literal.LangTagged("x", "en")));
        Assert.False(Operators.EffectiveBooleanValue(Typed("NaN", Vocab.Xsd.Double)));
        Assert.False(Operators.EffectiveBooleanValue(Typed("abc", Vocab.Xsd.Integer)));
        Assert.True(Operators.EffectiveBooleanValue(Typed("1", Vocab.Xsd.Boolean)));
        Assert.Null(Operators.EffectiveBooleanValue(new Iri("http://a")));
        Assert.Null(Operators.EffectiveBooleanValue(null));
    }

    [Fact]
    public void Order_by_puts_unbound_then_blank_nodes_then_iris_then_literals()
    {
        var terms = new List<Term?> { Int(10), Literal.String("a"), new Iri("http://b"), null, new BlankNode("x"), Int(2), Typed("1.5", Vocab.Xsd.Decimal) };
        terms.Sort(Operators.OrderBy);
        Assert.Null(terms[0]);
        Assert.IsType<BlankNode>(terms[1]);
        Assert.IsType<Iri>(terms[2]);
        Assert.Equal(new Term?[] { Typed("1.5", Vocab.Xsd.Decimal), Int(2), Int(10), Literal.String("a") }, terms.Skip(3));
    }

    [Fact]
    public void String_functions_count_code_points_and_keep_language_tags()
    {
        var emoji = Literal.LangTagged("a😀b", "en");
        Assert.Equal(Int(3), Call("STRLEN", emoji));
        Assert.Equal(Literal.LangTagged("😀b", "en"), Call("SUBSTR", emoji, Int(2)));
        Assert.Equal(Literal.LangTagged("a", "en"), Call("STRBEFORE", emoji, Literal.String("😀")));
        Assert.Equal(Literal.String(""), Call("STRBEFORE", emoji, Literal.String("z")));
        Assert.Equal(Literal.LangTagged("", "en"), Call("STRBEFORE", emoji, Literal.String("")));
        Assert.Null(Call("CONTAINS", Literal.String("abc"), Literal.LangTagged("b", "en")));
        Assert.Equal(Literal.True, Call("CONTAINS", Literal.LangTagged("abc", "en"), Literal.String("b")));
        Assert.Equal(Literal.String("ab"), Call("CONCAT", Literal.LangTagged("a", "en"), Literal.LangTagged("b", "fr")));
        Assert.Equal(Literal.LangTagged("ab", "en"), Call("CONCAT", Literal.LangTagged("a", "en"), Literal.LangTagged("b", "en")));
        Assert.Equal(Literal.String("Los%20Angeles%C3%A9"), Call("ENCODE_FOR_URI", Literal.String("Los Angelesé")));
        Assert.Equal(Literal.String("ABC"), Call("UCASE", Literal.String("abc")));
    }

    [Fact]
    public void Regex_and_replace_follow_xpath()
    {
        Assert.Equal(Literal.True, Call("REGEX", Literal.String("ABC"), Literal.String("^a"), Literal.String("i")));
        Assert.Equal(Literal.False, Call("REGEX", Literal.String("abc\n"), Literal.String("c$")));
        Assert.Null(Call("REGEX", Literal.String("abc"), Literal.String("("), null));
        Assert.Equal(Literal.String("bXa"), Call("REPLACE", Literal.String("aXb"), Literal.String("(a)X(b)"), Literal.String("$2X$1")));
        Assert.Null(Call("REPLACE", Literal.String("abc"), Literal.String("x*"), Literal.String("-")));
    }

    [Fact]
    public void Date_functions_and_hashes()
    {
        var dt = Typed("2011-01-10T14:45:13.815-05:00", Vocab.Xsd.DateTime);
        Assert.Equal(Int(2011), Call("YEAR", dt));
        Assert.Equal(Int(14), Call("HOURS", dt));
        Assert.Equal(Typed("13.815", Vocab.Xsd.Decimal), Call("SECONDS", dt));
        Assert.Equal(Typed("-PT5H", Vocab.Xsd.DayTimeDuration), Call("TIMEZONE", dt));
        Assert.Equal(Literal.String("-05:00"), Call("TZ", dt));
        Assert.Equal(Literal.String(""), Call("TZ", Typed("2011-01-10T14:45:13", Vocab.Xsd.DateTime)));
        Assert.Null(Call("TIMEZONE", Typed("2011-01-10T14:45:13", Vocab.Xsd.DateTime)));
        Assert.Equal(Literal.String("acbd18db4cc2f85cedef654fccc4a4d8"), Call("MD5", Literal.String("foo")));
        Assert.Equal(Typed("2026-11-23T12:00:00Z", Vocab.Xsd.DateTime), Call("NOW"));
    }

    [Fact]
    public void Casts_follow_the_cast_table()
    {
        const string xsd = Vocab.Xsd.Namespace;
        Assert.Equal(Int(12), Call(xsd + "integer", Literal.String(" 12 ")));
        Assert.Equal(Int(3), Call(xsd + "integer", Typed("3.9", Vocab.Xsd.Decimal)));
        Assert.Null(Call(xsd + "integer", Literal.String("1.5")));
        Assert.Null(Call(xsd + "integer", Typed("INF", Vocab.Xsd.Double)));
        Assert.Equal(Literal.False, Call(xsd + "boolean", Typed("0.0", Vocab.Xsd.Decimal)));
        Assert.Null(Call(xsd + "boolean", Literal.String("yes")));
        Assert.Equal(Typed("1.0E0", Vocab.Xsd.Double), Call(xsd + "double", Literal.True));
        Assert.Equal(Literal.String("http://a"), Call(xsd + "string", new Iri("http://a")));
        Assert.Null(Call(xsd + "integer", new Iri("http://a")));
        Assert.Null(Call(xsd + "byte", Int(300)));
    }

    [Fact]
    public void Terms_and_iris()
    {
        Assert.Equal(new Iri("http://example.org/base/x"), Call("IRI", Literal.String("x")));
        Assert.Equal(Literal.LangTagged("chat", "fr"), Call("STRLANG", Literal.String("chat"), Literal.String("fr")));
        Assert.Null(Call("STRLANG", Literal.LangTagged("chat", "fr"), Literal.String("fr")));
        Assert.Equal(Literal.True, Call("LANGMATCHES", Literal.String("en-GB"), Literal.String("en")));
        Assert.Equal(Literal.False, Call("LANGMATCHES", Literal.String(""), Literal.String("*")));
        Assert.Equal(Vocab.Rdf.LangString, Call("DATATYPE", Literal.LangTagged("a", "en")));
        Assert.Equal(Literal.True, Call("ISNUMERIC", Typed("1", Vocab.Xsd.Byte)));
        Assert.Equal(Literal.False, Call("ISNUMERIC", Typed("1000", Vocab.Xsd.Byte)));
        var context = new FunctionContext(DateTimeOffset.UtcNow) { SolutionId = 1 };
        var b1 = BuiltInFunctions.Call("BNODE", [Literal.String("x")], context);
        Assert.Equal(b1, BuiltInFunctions.Call("BNODE", [Literal.String("x")], context));
        context.SolutionId = 2;
        Assert.NotEqual(b1, BuiltInFunctions.Call("BNODE", [Literal.String("x")], context));
    }

    [Theory]
    [InlineData("1.0E0", 1.0)]
    [InlineData("1.5E2", 150.0)]
    [InlineData("1.0E-1", 0.1)]
    [InlineData("-1.2345E-7", -1.2345e-7)]
    public void Double_canonical_form(string expected, double value) => Assert.Equal(expected, XsdCanonical.Double(value));

    [Theory]
    [InlineData("P1Y2M3DT4H5M6.5S", true)]
    [InlineData("-PT5H", true)]
    [InlineData("P", false)]
    [InlineData("PT", false)]
    [InlineData("P1DT", false)]
    public void Duration_lexical_space(string lexical, bool valid) =>
        Assert.Equal(valid, XsdDuration.TryParse(lexical, DurationKind.Duration, out _));

    [Fact]
    public void DatesCompareOnTheTimeLine()
    {
        var dateTime = Vocab.Xsd.DateTime;
        Assert.Equal(-1, Operators.ValueCompare(Typed("2021-01-31", Vocab.Xsd.Date), Typed("2021-02-04", Vocab.Xsd.Date)));
        Assert.Equal(1, Operators.ValueCompare(Typed("2021-12-31T23:59:59.5", dateTime), Typed("2021-12-31T23:59:59", dateTime)));
        // 24:00 is the next day's midnight; the same offset on both sides keeps their order.
        Assert.Equal(0, Operators.ValueCompare(Typed("2021-01-01T24:00:00", dateTime), Typed("2021-01-02T00:00:00", dateTime)));
        Assert.Equal(true, Operators.ValueEquals(Typed("2021-01-01T24:00:00", dateTime), Typed("2021-01-02T00:00:00", dateTime)));
        Assert.Equal(-1, Operators.ValueCompare(Typed("2021-01-01T10:00:00+02:00", dateTime), Typed("2021-01-01T09:00:00+00:00", dateTime)));
        Assert.Equal(1, Operators.ValueCompare(Typed("2021-01-01T10:00:00+05:00", dateTime), Typed("2021-01-01T09:00:00+05:00", dateTime)));
        // with and without a timezone, less than 14 hours apart: indeterminate
        Assert.Null(Operators.ValueCompare(Typed("2021-01-01T10:00:00Z", dateTime), Typed("2021-01-01T12:00:00", dateTime)));
    }
}
