using ClaimGraph.Rdf.Model;
using ClaimGraph.Search.Querying;
using ClaimGraph.Search.Sparql;
using ClaimGraph.Sparql;
using ClaimGraph.Sparql.Functions;

namespace ClaimGraph.Search.Tests;

public class TextQueryFunctionTests(SeedIndexFixture fixture) : IClassFixture<SeedIndexFixture>
{
    private readonly TextQueryFunction _function = new(new SentenceSearcher(fixture.Index));
    private static readonly PropertyFunctionContext Context = new(null!, new FunctionContext(DateTimeOffset.UnixEpoch), CancellationToken.None);

    private static PropertyFunctionArgument Var(string name) => new(null, name);
    private static PropertyFunctionArgument Const(Term term) => new(term, null);

    private List<IReadOnlyDictionary<string, Term>> Run(PropertyFunctionArgument[] subject, params PropertyFunctionArgument[] @object) =>
        _function.Evaluate(subject, @object, Context).ToList();

    [Fact]
    public void Simple_form_binds_sentence_iris()
    {
        var rows = Run([Var("s")], Const(Literal.String("8,600")));
        var row = Assert.Single(rows);
        Assert.StartsWith("https://claimgraph.org/id/article/000_", ((Iri)row["s"]).Value);
    }

    [Fact]
    public void List_form_binds_score_and_text_and_honours_property_and_limit()
    {
        var rows = Run([Var("s"), Var("score"), Var("text")],
            Const(new Iri("https://claimgraph.org/ns#text")), Const(Literal.String("gangs")), Const(Literal.Integer(3)));
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Equal(Vocab.Xsd.Float, ((Literal)r["score"]).Datatype);
            Assert.Contains("gang", ((Literal)r["text"]).Lexical, StringComparison.OrdinalIgnoreCase);
        });
        var scores = rows.Select(r => float.Parse(((Literal)r["score"]).Lexical, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public void A_bound_subject_keeps_only_its_own_hit()
    {
        var all = Run([Var("s")], Const(Literal.String("gangs")));
        var one = all[2]["s"];
        var rows = Run([Const(one), Var("score")], Const(Literal.String("gangs")));
        Assert.Single(rows);
    }

    [Fact]
    public void Headline_search_binds_articles()
    {
        var rows = Run([Var("a")], Const(new Iri("https://schema.org/headline")), Const(Literal.String("\"Card Broken\"")));
        var row = Assert.Single(rows);
        Assert.Equal("https://claimgraph.org/id/article/000_d5efe44594963271", ((Iri)row["a"]).Value);
    }

    [Fact]
    public void A_syntax_error_in_the_words_is_reported_with_its_column()
    {
        var error = Assert.Throws<SparqlEvaluationException>(() => Run([Var("s")], Const(Literal.String("fraud AND"))));
        Assert.Contains("column 10", error.Message);
    }
}
