using ClaimGraph.Conformance;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql.Results;

namespace ClaimGraph.Conformance.Tests;

public class SparqlResultComparisonTests
{
    private static readonly Iri A = new("http://example.org/a"), B = new("http://example.org/b");

    private static SolutionsResult Rows(params Term?[][] rows) => new(["x", "y"], rows);

    [Fact]
    public void Solutions_match_as_multisets_in_any_order()
    {
        var expected = Rows([A, Literal.Integer(1)], [B, null]);
        var actual = Rows([B, null], [A, Literal.Integer(1)]);
        Assert.Null(SparqlResultComparison.Difference(expected, actual, SolutionComparisonOptions.Unordered));
    }

    [Fact]
    public void Duplicates_count_unless_cardinality_is_lax()
    {
        var expected = Rows([A, null], [A, null]);
        var actual = Rows([A, null]);
        Assert.NotNull(SparqlResultComparison.Difference(expected, actual, SolutionComparisonOptions.Unordered));
        Assert.Null(SparqlResultComparison.Difference(expected, actual, new SolutionComparisonOptions([], LaxCardinality: true)));
    }

    [Fact]
    public void Blank_nodes_match_under_one_consistent_renaming()
    {
        BlankNode b1 = new("b1"), b2 = new("b2"), c1 = new("c1"), c2 = new("c2"), c3 = new("c3");
        var expected = Rows([b1, A], [b1, B], [b2, A]);
        Assert.Null(SparqlResultComparison.Difference(expected, Rows([c2, A], [c1, A], [c1, B]), SolutionComparisonOptions.Unordered));
        // Same shape per row, but the shared blank node is split: not a bijection.
        Assert.NotNull(SparqlResultComparison.Difference(expected, Rows([c1, A], [c2, B], [c3, A]), SolutionComparisonOptions.Unordered));
    }

    [Fact]
    public void Numeric_literals_of_one_datatype_match_by_value_but_not_across_datatypes()
    {
        var dbl = Rows([Literal.Typed("1.0E6", Vocab.Xsd.Double), null]);
        Assert.Null(SparqlResultComparison.Difference(dbl, Rows([Literal.Typed("1.0e6", Vocab.Xsd.Double), null]), SolutionComparisonOptions.Unordered));
        Assert.NotNull(SparqlResultComparison.Difference(Rows([Literal.Integer(1), null]), Rows([Literal.Typed("1.0", Vocab.Xsd.Decimal), null]), SolutionComparisonOptions.Unordered));
    }

    [Fact]
    public void Order_is_checked_only_on_the_ordered_variables()
    {
        var expected = Rows([Literal.Integer(1), A], [Literal.Integer(1), B], [Literal.Integer(2), A]);
        var tiesSwapped = Rows([Literal.Integer(1), B], [Literal.Integer(1), A], [Literal.Integer(2), A]);
        var wrongOrder = Rows([Literal.Integer(2), A], [Literal.Integer(1), B], [Literal.Integer(1), A]);
        var ordered = new SolutionComparisonOptions(["x"], false);
        Assert.Null(SparqlResultComparison.Difference(expected, tiesSwapped, ordered));
        Assert.NotNull(SparqlResultComparison.Difference(expected, wrongOrder, ordered));
        Assert.Null(SparqlResultComparison.Difference(expected, wrongOrder, SolutionComparisonOptions.Unordered));
    }

    [Fact]
    public void Booleans_and_kinds()
    {
        Assert.Null(SparqlResultComparison.Difference(new BooleanResult(true), new BooleanResult(true), SolutionComparisonOptions.Unordered));
        Assert.NotNull(SparqlResultComparison.Difference(new BooleanResult(true), new BooleanResult(false), SolutionComparisonOptions.Unordered));
        Assert.NotNull(SparqlResultComparison.Difference(new BooleanResult(true), Rows(), SolutionComparisonOptions.Unordered));
    }
}
