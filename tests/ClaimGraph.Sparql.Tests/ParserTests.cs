namespace ClaimGraph.Sparql.Tests;

/// <summary>Parser errors: position, what was expected, scope rules.</summary>
public sealed class ParserTests
{
    private static SparqlSyntaxException Rejects(string query) => Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseQuery(query));

    [Fact]
    public void SyntaxErrorGivesLineColumnAndExpectation()
    {
        var e = Rejects("SELECT ?s WHERE {\n  ?s ?p ?o\n  FILTER(?o = ) }");
        Assert.Equal(3, e.Line);
        Assert.Equal(15, e.Column);
        Assert.Contains("expected an expression", e.Message);
    }

    [Fact]
    public void UnknownPrefixIsNamed() => Assert.Contains("unknown prefix 'foo:'", Rejects("SELECT * { ?s foo:p ?o }").Message);

    [Theory]
    [InlineData("SELECT * { ?s ?p ?o BIND(1 AS ?o) }")]                          // BIND of an in-scope variable
    [InlineData("SELECT * { ?s ?p ?o } GROUP BY ?s")]                           // SELECT * with GROUP BY
    [InlineData("SELECT ?o { ?s ?p ?o } GROUP BY ?s")]                          // projected variable not grouped
    [InlineData("SELECT (1 AS ?s) { ?s ?p ?o }")]                               // AS of an in-scope variable
    [InlineData("SELECT * { _:b ?p ?o OPTIONAL { _:b ?q ?r } }")]               // blank node label across BGPs
    [InlineData("SELECT * { ?s ?p ?o } VALUES (?s ?o) { (1) }")]                // VALUES row width
    [InlineData("SELECT (SUM(COUNT(?s)) AS ?n) { ?s ?p ?o }")]                  // nested aggregate
    [InlineData("SELECT * { ?s ?p ?o FILTER(COUNT(?s) > 1) }")]                 // aggregate in FILTER
    [InlineData("SELECT * { ?s ?p ?o ?s ?p ?o }")]                              // missing '.'
    public void ScopeAndShapeRulesAreSyntaxErrors(string query) => Rejects(query);

    [Theory]
    [InlineData("BASE <http://e/> PREFIX : <x#> SELECT * FROM <g> FROM NAMED <h> { :a ?p \"x\"@en, 'y'^^:t, 1.5, -2, 3e1, true ; a :C }")]
    [InlineData("CONSTRUCT { ?s <http://e/p> [ <http://e/q> ( 1 2 ) ] } WHERE { ?s ?p ?o }")]
    [InlineData("CONSTRUCT WHERE { ?s ?p ?o }")]
    [InlineData("DESCRIBE <http://e/a> ?x WHERE { ?x ?p ?o }")]
    [InlineData("DESCRIBE *")]
    [InlineData("ASK { ?s !(<http://e/a>|^<http://e/b>)/<http://e/c>? ?o }")]
    [InlineData("SELECT (GROUP_CONCAT(DISTINCT ?o ; SEPARATOR = \", \") AS ?all) { ?s ?p ?o } GROUP BY ?s HAVING (COUNT(*) > 1) ORDER BY ?all")]
    [InlineData("SELECT * { ?s ?p ?o FILTER(?o IN (1, 2) && ?o NOT IN (3) || NOT EXISTS { ?o ?p ?s } && regex(str(?o), \"^a\", \"i\")) }")]
    [InlineData("SELECT * { { SELECT ?s (MAX(?o) AS ?m) { ?s ?p ?o } GROUP BY ?s } SERVICE SILENT <http://e/> { ?s ?q ?m } }")]
    public void WholeGrammarParses(string query) => SparqlParser.ParseQuery(query);
}
