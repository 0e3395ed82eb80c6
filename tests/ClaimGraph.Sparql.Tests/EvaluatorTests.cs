using System.Globalization;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql.Results;
using ClaimGraph.Store;

namespace ClaimGraph.Sparql.Tests;

/// <summary>The evaluator on small in-memory data, with and without the optimizer.</summary>
public sealed class EvaluatorTests
{
    private const string Ex = "http://example.org/";

    /// <summary>A term from a short form: ex:x is an IRI, _:x a blank node, "x" a string, 12 an integer.</summary>
    private static Term T(string s)
    {
        if (s.StartsWith("ex:", StringComparison.Ordinal)) return new Iri(Ex + s[3..]);
        if (s.StartsWith("_:", StringComparison.Ordinal)) return new BlankNode(s[2..]);
        if (s.StartsWith('"')) return Literal.String(s.Trim('"'));
        return Literal.Typed(s, Vocab.Xsd.Integer);
    }

    private static IStoreSnapshot Data(string text)
    {
        var store = QuadStoreFactory.InMemory();
        using (var tx = store.BeginTransaction())
        {
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = line.Split(' ');
                Term? graph = parts.Length > 3 ? T(parts[3]) : null;
                tx.Add(new Quad(T(parts[0]), T(parts[1]), T(parts[2]), graph));
            }
            tx.Commit();
        }
        return store.OpenSnapshot();
    }

    private const string People = """
        ex:alice ex:knows ex:bob
        ex:bob ex:knows ex:carol
        ex:carol ex:knows ex:dave
        ex:alice ex:age 30
        ex:bob ex:age 25
        ex:carol ex:age 35
        ex:alice ex:name "Alice"
        ex:bob ex:name "Bob"
        ex:dave ex:name "Dave"
        ex:alice ex:in ex:g1 ex:g1
        ex:bob ex:in ex:g2 ex:g2
        """;

    /// <summary>Rows as sorted strings "var=value" joined by spaces, so tests compare multisets.</summary>
    private static List<string> Run(string query, IQuadReader data, bool optimize = true)
    {
        var parsed = SparqlParser.ParseQuery("PREFIX ex: <" + Ex + ">\n" + query);
        var result = new QueryEngine(new QueryEngineOptions { DisableOptimizer = !optimize }).Execute(parsed, data);
        var solutions = Assert.IsType<SolutionsResult>(result);
        return solutions.Rows.Select(r => string.Join(" ", solutions.Variables.Select((v, i) => v + "=" + Short(r[i])))).ToList();
    }

    private static string Short(Term? t) => t switch
    {
        null => "_",
        Iri i when i.Value.StartsWith(Ex, StringComparison.Ordinal) => i.Value[Ex.Length..],
        Literal l => l.Lexical,
        _ => t.ToString(),
    };

    private static void Same(IEnumerable<string> expected, string query, IQuadReader data)
    {
        var want = expected.OrderBy(x => x, StringComparer.Ordinal).ToList();
        Assert.Equal(want, Run(query, data, optimize: true).OrderBy(x => x, StringComparer.Ordinal).ToList());
        Assert.Equal(want, Run(query, data, optimize: false).OrderBy(x => x, StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void BasicGraphPatternJoinsOnSharedVariables()
    {
        using var data = Data(People);
        Same(new[] { "x=alice z=carol", "x=bob z=dave" }, "SELECT ?x ?z { ?x ex:knows ?y . ?y ex:knows ?z }", data);
    }

    [Fact]
    public void AFilterOverOnePatternInAGraphKeepsOnlyTheMatchesThatPass()
    {
        using var data = Data("""
            ex:a ex:v 5 ex:g1
            ex:b ex:v 50 ex:g1
            ex:c ex:v 500 ex:g2
            ex:d ex:v 7
            """);
        Same(new[] { "c=b g=g1 v=50", "c=c g=g2 v=500" }, "SELECT ?c ?g ?v { GRAPH ?g { ?c ex:v ?v } FILTER(?v > 10) }", data);
        Same(new[] { "n=2" }, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?c ex:v ?v } FILTER(?v > 10 && ?g != ex:nowhere) }", data);
        Same(new[] { "c=d" }, "SELECT ?c { ?c ex:v ?v FILTER(?v < 10 && NOT EXISTS { GRAPH ?h { ?c ex:v ?w } }) }", data);
    }

    [Fact]
    public void FilterComparisonsKeepSparqlErrorLogic()
    {
        // 5, 50, a string and no value: comparing the string or nothing with a number is an error, which ! keeps an
        // error, || forgives when its other side is true and && when its other side is false.
        using var data = Data("""
            ex:a ex:v 5
            ex:b ex:v 50
            ex:c ex:v "text"
            ex:d ex:w 1
            """);
        const string Rows = "SELECT ?s { ?s ?p ?o OPTIONAL { ?s ex:v ?v } FILTER(";
        Same(new[] { "s=a" }, Rows + "!(?v > 10)) }", data);
        Same(new[] { "s=b", "s=c", "s=d" }, Rows + "?v > 10 || ?s != ex:a) }", data);
        Same(new[] { "s=a" }, Rows + "!(?v > 10 || ?s = ex:c)) }", data);
        Same(new[] { "s=b" }, Rows + "!(?v <= 10 && ?s != ex:c) && ?v >= 50) }", data);
        Same(new[] { "s=a", "s=b", "s=c" }, Rows + "?v = ?v) }", data);
        Same(Array.Empty<string>(), Rows + "!(?v = ?v)) }", data);
    }

    [Fact]
    public void OptionalKeepsUnmatchedSolutions()
    {
        using var data = Data(People);
        Same(new[] { "x=alice n=Alice", "x=bob n=Bob", "x=carol n=_" },
            "SELECT ?x ?n { ?x ex:age ?a OPTIONAL { ?x ex:name ?n } }", data);
    }

    [Fact]
    public void OptionalFilterSeesBothSides()
    {
        using var data = Data(People);
        Same(new[] { "x=alice y=_", "x=bob y=carol", "x=carol y=_" },
            "SELECT ?x ?y { ?x ex:age ?a OPTIONAL { ?x ex:knows ?y . ?y ex:age ?b FILTER(?b > ?a) } }", data);
    }

    [Fact]
    public void OptionalsOnOneSubjectCombineEveryMatch()
    {
        using var data = Data("""
            ex:a ex:p 1
            ex:a ex:q 2
            ex:a ex:q 3
            ex:b ex:p 4
            ex:a ex:in ex:g1 ex:g1
            ex:a ex:q 5 ex:g1
            """);
        // evaluated as a star (one scan of ?s per solution): two values of ex:q give two solutions
        Same(new[] { "s=a x=2 y=_ z=1", "s=a x=3 y=_ z=1", "s=b x=_ y=_ z=4" },
            "SELECT ?s ?x ?y ?z { ?s ex:p ?v OPTIONAL { ?s ex:q ?x } OPTIONAL { ?s ex:r ?y } OPTIONAL { ?s ex:p ?z } }", data);
        // an arm whose variable is already bound only matches that value
        Same(new[] { "s=a v=1", "s=b v=4" }, "SELECT ?s ?v { ?s ex:p ?v OPTIONAL { ?s ex:q ?v } }", data);
        // under GRAPH ?g the arms read the graph the required pattern matched in
        Same(new[] { "g=g1 s=a x=5" }, "SELECT ?g ?s ?x { GRAPH ?g { ?s ex:in ?o OPTIONAL { ?s ex:q ?x } } }", data);
    }

    [Fact]
    public void PatternsOnOneSubjectCombineEveryMatch()
    {
        using var data = Data("""
            ex:a ex:p 1
            ex:a ex:q 2
            ex:a ex:q 3
            ex:a ex:r 6
            ex:b ex:p 4
            ex:b ex:q 7
            ex:c ex:p 9
            ex:c ex:q 9
            ex:c ex:r 1
            ex:a ex:in ex:g1 ex:g1
            ex:a ex:q 5 ex:g1
            ex:a ex:r 8 ex:g1
            """);
        // evaluated as a star (one scan of ?s per solution of the first pattern): two values of ex:q
        // give two solutions, and ex:b, without ex:r, none
        Same(new[] { "s=a x=2 y=6", "s=a x=3 y=6", "s=c x=9 y=1" }, "SELECT ?s ?x ?y { ?s ex:p ?v ; ex:q ?x ; ex:r ?y }", data);
        // a pattern whose variable the first pattern bound only matches that value
        Same(new[] { "s=c" }, "SELECT ?s { ?s ex:p ?v ; ex:q ?v ; ex:r ?w }", data);
        // under GRAPH ?g the patterns read the graph the first pattern matched in
        Same(new[] { "g=g1 s=a x=5 y=8" }, "SELECT ?g ?s ?x ?y { GRAPH ?g { ?s ex:in ?o ; ex:q ?x ; ex:r ?y } }", data);
    }

    [Fact]
    public void NestedOptionalDoesNotSeeWhatTheLeftBoundOptionally()
    {
        using var data = Data(People);
        // alice's name is bound by the first OPTIONAL; in the second, bob's name disagrees with it, so
        // the whole second OPTIONAL does not match alice (it must not match with ?n left as it was)
        Same(new[] { "x=alice y=_ n=Alice", "x=bob y=carol n=Bob", "x=carol y=dave n=Dave" },
            "SELECT ?x ?y ?n { ?x ex:age ?a OPTIONAL { ?x ex:name ?n } OPTIONAL { ?x ex:knows ?y OPTIONAL { ?y ex:name ?n } } }", data);
        Same(new[] { "x=alice y=bob n=Bob", "x=bob y=carol n=_", "x=carol y=dave n=Dave" },
            "SELECT ?x ?y ?n { ?x ex:age ?a OPTIONAL { ?x ex:knows ?y OPTIONAL { ?y ex:name ?n } } }", data);
    }

    [Fact]
    public void UnionMinusFilterBindValues()
    {
        using var data = Data(People);
        Same(new[] { "x=alice", "x=carol" }, "SELECT ?x { { ?x ex:age 30 } UNION { ?x ex:age 35 } }", data);
        Same(new[] { "x=carol" }, "SELECT ?x { ?x ex:age ?a MINUS { ?x ex:name ?n } }", data);
        Same(new[] { "x=carol" }, "SELECT ?x { ?x ex:age ?a FILTER NOT EXISTS { ?x ex:name ?n } }", data);
        Same(new[] { "x=alice d=60", "x=bob d=50", "x=carol d=70" }, "SELECT ?x ?d { ?x ex:age ?a BIND(?a * 2 AS ?d) }", data);
        Same(new[] { "x=bob a=25" }, "SELECT ?x ?a { ?x ex:age ?a VALUES ?x { ex:bob ex:nobody } }", data);
        Same(new[] { "x=alice" }, "SELECT ?x { ?x ex:age ?a FILTER(?a >= 30 && ?a < 35) }", data);
    }

    [Fact]
    public void GroupingAndAggregates()
    {
        using var data = Data(People);
        Same(new[] { "n=3 s=90 mx=35 mn=25" }, "SELECT (COUNT(*) AS ?n) (SUM(?a) AS ?s) (MAX(?a) AS ?mx) (MIN(?a) AS ?mn) { ?x ex:age ?a }", data);
        Same(new[] { "x=alice c=1", "x=bob c=1", "x=carol c=1" }, "SELECT ?x (COUNT(?y) AS ?c) { ?x ex:knows ?y } GROUP BY ?x", data);
        Same(new[] { "n=0" }, "SELECT (COUNT(*) AS ?n) { ?x ex:nothing ?y }", data);
        Same(new[] { "x=alice" }, "SELECT ?x { ?x ex:age ?a } GROUP BY ?x HAVING (SUM(?a) > 27 && SUM(?a) < 31)", data);
    }

    [Fact]
    public void OrderByLimitOffset()
    {
        using var data = Data(People);
        Assert.Equal(new[] { "x=carol", "x=alice" }, Run("SELECT ?x { ?x ex:age ?a } ORDER BY DESC(?a) LIMIT 2", data));
        Assert.Equal(new[] { "x=alice" }, Run("SELECT ?x { ?x ex:age ?a } ORDER BY ?a OFFSET 1 LIMIT 1", data));
        Assert.Equal(new[] { "x=alice" }, Run("SELECT ?x { ?x ex:age ?a } ORDER BY ?a OFFSET 1 LIMIT 1", data, optimize: false));
    }

    [Fact]
    public void PropertyPaths()
    {
        using var data = Data(People);
        Same(new[] { "y=bob", "y=carol", "y=dave" }, "SELECT ?y { ex:alice ex:knows+ ?y }", data);
        Same(new[] { "y=alice", "y=bob", "y=carol", "y=dave" }, "SELECT ?y { ex:alice ex:knows* ?y }", data);
        Same(new[] { "y=carol" }, "SELECT ?y { ex:alice ex:knows/ex:knows ?y }", data);
        Same(new[] { "x=carol" }, "SELECT ?x { ?x ^ex:knows ex:bob }", data);
        Same(new[] { "y=Alice", "y=bob" }, "SELECT ?y { ex:alice ex:knows|ex:name ?y }", data);
        Same(new[] { "p=age", "p=name" }, "SELECT DISTINCT ?p { ex:alice ?p ?o FILTER EXISTS { ex:alice !ex:knows ?o } }", data);
    }

    [Fact]
    public void NamedGraphs()
    {
        using var data = Data(People);
        Same(new[] { "g=g1 x=alice", "g=g2 x=bob" }, "SELECT ?g ?x { GRAPH ?g { ?x ex:in ?g } }", data);
        Same(new[] { "x=bob" }, "SELECT ?x { GRAPH ex:g2 { ?x ?p ?o } }", data);
        Same(new[] { "x=alice" }, "SELECT ?x FROM ex:g1 { ?x ?p ?o }", data);
    }

    [Fact]
    public void SubqueryProjectsItsOwnScope()
    {
        using var data = Data(People);
        Same(new[] { "x=carol m=35" }, "SELECT ?x ?m { { SELECT (MAX(?a) AS ?m) { ?y ex:age ?a } } ?x ex:age ?m }", data);
    }

    [Fact]
    public void AskAndConstruct()
    {
        using var data = Data(People);
        var engine = new QueryEngine();
        var ask = engine.Execute(SparqlParser.ParseQuery($"ASK {{ <{Ex}alice> <{Ex}knows> ?x }}"), data);
        Assert.True(Assert.IsType<BooleanResult>(ask).Value);
        var construct = engine.Execute(SparqlParser.ParseQuery($"CONSTRUCT {{ ?y <{Ex}knownBy> ?x . ?x <{Ex}p> [] }} WHERE {{ ?x <{Ex}knows> ?y }}"), data);
        var triples = Assert.IsType<GraphResult>(construct).Triples.ToList();
        Assert.Equal(6, triples.Count);
        Assert.Equal(3, triples.Select(t => t.Object).OfType<BlankNode>().Distinct().Count());
    }

    [Fact]
    public void TimeoutStopsALongQuery()
    {
        var store = QuadStoreFactory.InMemory();
        using (var tx = store.BeginTransaction())
        {
            for (int i = 0; i < 300; i++) tx.Add(new Quad(new Iri(Ex + "n" + i.ToString(CultureInfo.InvariantCulture)), new Iri(Ex + "p"), Literal.Integer(i), null));
            tx.Commit();
        }
        using var data = store.OpenSnapshot();
        var engine = new QueryEngine(new QueryEngineOptions { Timeout = TimeSpan.FromMilliseconds(200) });
        var query = SparqlParser.ParseQuery("SELECT * { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }");
        var result = (SolutionsResult)engine.Execute(query, data);
        Assert.Throws<QueryTimeoutException>(() => { foreach (var _ in result.Rows) { } });
    }
}
