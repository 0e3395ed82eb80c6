namespace ClaimGraph.Sparql.Tests;

/// <summary>The 18.2 translation, checked through its S-expression form.</summary>
public sealed class AlgebraTests
{
    private static string Algebra(string query) =>
        System.Text.RegularExpressions.Regex.Replace(SparqlParser.ParseQuery("PREFIX : <http://e/>\n" + query).Algebra.ToString(), @"\s+", " ");

    [Fact]
    public void BasicPatternAndProjection() =>
        Assert.Equal("(project (?s) (bgp (triple ?s <http://e/p> ?o) (triple ?o <http://e/q> 1)))",
            Algebra("SELECT ?s { ?s :p ?o . ?o :q 1 }"));

    [Fact]
    public void OptionalWithFilterBecomesLeftJoinCondition() =>
        Assert.Equal("(project (?s ?x) (leftjoin (bgp (triple ?s <http://e/p> ?o)) (bgp (triple ?s <http://e/q> ?x)) (> ?x ?o)))",
            Algebra("SELECT ?s ?x { ?s :p ?o OPTIONAL { ?s :q ?x FILTER(?x > ?o) } }"));

    [Fact]
    public void FiltersApplyToTheWholeGroup() =>
        Assert.Equal("(project (?s) (filter (bound ?s) (union (bgp (triple ?s <http://e/p> ?o)) (bgp (triple ?s <http://e/q> ?o)))))",
            Algebra("SELECT ?s { FILTER(BOUND(?s)) { ?s :p ?o } UNION { ?s :q ?o } }"));

    [Fact]
    public void BindExtendsWhatPrecedesIt() =>
        Assert.Equal("(project (?s ?y) (join (extend ((?y (+ ?o 1))) (bgp (triple ?s <http://e/p> ?o))) (bgp (triple ?s <http://e/q> ?y))))",
            Algebra("SELECT ?s ?y { ?s :p ?o BIND(?o + 1 AS ?y) ?s :q ?y }"));

    [Fact]
    public void AggregatesGetTheirOwnVariables() =>
        Assert.Equal("(project (?s ?n) (extend ((?n ?.agg0)) (filter (> ?.agg0 1) (group (?s) ((?.agg0 (count distinct ?o))) (bgp (triple ?s <http://e/p> ?o))))))",
            Algebra("SELECT ?s (COUNT(DISTINCT ?o) AS ?n) { ?s :p ?o } GROUP BY ?s HAVING (COUNT(DISTINCT ?o) > 1)"));

    [Fact]
    public void PathsSequenceIntoTriplesAndClosuresStayPaths() =>
        Assert.Equal("(project (?x ?y) (join (bgp (triple ?x <http://e/p> ?.p0)) (path ?.p0 (path+ <http://e/q>) ?y)))",
            Algebra("SELECT ?x ?y { ?x :p/:q+ ?y }"));

    [Fact]
    public void ModifiersWrapInSpecOrder() =>
        Assert.Equal("(slice 5 10 (distinct (project (?s) (order ((desc ?s)) (bgp (triple ?s ?p ?o))))))",
            Algebra("SELECT DISTINCT ?s { ?s ?p ?o } ORDER BY DESC(?s) LIMIT 10 OFFSET 5"));

    [Fact]
    public void SubqueryHidesUnprojectedVariables() =>
        Assert.Equal("(project (?s) (project (?s) (bgp (triple ?s <http://e/p> ?/o))))",
            Algebra("SELECT ?s { { SELECT ?s { ?s :p ?o } } }"));

    [Fact]
    public void MinusValuesGraphService() =>
        Assert.Equal("(project (?s) (join (join (minus (bgp (triple ?s ?p ?o)) (bgp (triple ?s <http://e/x> ?o))) (table (vars ?s) (row [?s <http://e/a>]) (row))) (graph ?g (service silent <http://e/sparql> (bgp (triple ?s ?q ?r))))))",
            Algebra("SELECT ?s { ?s ?p ?o MINUS { ?s :x ?o } VALUES ?s { :a UNDEF } GRAPH ?g { SERVICE SILENT :sparql { ?s ?q ?r } } }"));
}
