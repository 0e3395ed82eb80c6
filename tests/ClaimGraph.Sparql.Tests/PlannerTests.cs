using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql.Results;
using ClaimGraph.Store;

namespace ClaimGraph.Sparql.Tests;

/// <summary>
/// The optimizer's rewrites (filter placement, value joins, ordering with bound variables) give the
/// same solutions as the unoptimized algebra, and show in the plan.
/// </summary>
public sealed class PlannerTests
{
    private const string Ex = "http://example.org/";

    private static Iri I(string local) => new(Ex + local);

    /// <summary>Figures of two series, as the consistency queries see them: metric, date, value.</summary>
    private static IStoreSnapshot Figures()
    {
        var store = QuadStoreFactory.InMemory();
        using (var tx = store.BeginTransaction())
        {
            void Figure(string claim, string metric, string date, Literal value)
            {
                var graph = I("g/" + claim);
                tx.Add(new Quad(I(claim), I("metric"), I(metric), graph));
                tx.Add(new Quad(I(claim), I("asOf"), Literal.Typed(date, Vocab.Xsd.Date), graph));
                tx.Add(new Quad(I(claim), I("value"), value, graph));
            }
            Literal Int(int n) => Literal.Typed(n.ToString(System.Globalization.CultureInfo.InvariantCulture), Vocab.Xsd.Integer);
            Figure("c1", "arrests", "2021-01-31", Int(9013));
            Figure("c2", "arrests", "2021-02-04", Int(8600));
            Figure("c3", "arrests", "2021-04-09", Int(12000));
            Figure("c4", "arrests", "2021-04-09", Literal.Typed("12000.0", Vocab.Xsd.Decimal));
            Figure("c5", "gangs", "2021-01-31", Int(100));
            Figure("c6", "gangs", "2021-03-01", Int(90));
            tx.Add(new Quad(I("arrests"), I("label"), Literal.String("Arrests"), null));
            tx.Add(new Quad(I("arrests2"), I("label"), Literal.String("ARRESTS"), null));
            tx.Add(new Quad(I("gangs"), I("label"), Literal.String("gangs"), null));
            tx.Commit();
        }
        return store.OpenSnapshot();
    }

    private static List<string> Run(string query, IQuadReader data, bool optimize)
    {
        var parsed = SparqlParser.ParseQuery("PREFIX ex: <" + Ex + ">\n" + query);
        var result = Assert.IsType<SolutionsResult>(new QueryEngine(new QueryEngineOptions { DisableOptimizer = !optimize }).Execute(parsed, data));
        return result.Rows
            .Select(r => string.Join(" ", result.Variables.Select((v, i) => v + "=" + (r[i] switch { null => "_", Iri iri => iri.Value[Ex.Length..], Literal l => l.Lexical, var t => t.ToString() }))))
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Asserts the solutions with and without the optimizer, and returns the optimized plan (the explain output's second part).</summary>
    private static string Same(string[] expected, string query, IQuadReader data)
    {
        var want = expected.OrderBy(x => x, StringComparer.Ordinal).ToList();
        Assert.Equal(want, Run(query, data, optimize: true));
        Assert.Equal(want, Run(query, data, optimize: false));
        var parsed = SparqlParser.ParseQuery("PREFIX ex: <" + Ex + ">\n" + query);
        var explain = new QueryEngine().Explain(parsed, data);
        return explain[explain.IndexOf("# optimized", StringComparison.Ordinal)..];
    }

    [Fact]
    public void EqualityOfExpressionsOverACrossProductIsAValueJoin()
    {
        using var data = Figures();
        var plan = Same(new[] { "a=arrests b=arrests2", "a=arrests2 b=arrests" },
            "SELECT ?a ?b { ?a ex:label ?l1 . ?b ex:label ?l2 FILTER(LCASE(?l1) = LCASE(?l2) && ?a != ?b) }", data);
        Assert.Contains("valuejoin (= (lcase ?l1) (lcase ?l2))", plan);
    }

    [Fact]
    public void ValueJoinComparesNumbersByValue()
    {
        using var data = Figures();
        // 12000 and 12000.0 are different terms with equal values.
        var plan = Same(new[] { "x=c3 y=c3", "x=c3 y=c4", "x=c4 y=c3", "x=c4 y=c4" },
            "SELECT ?x ?y { GRAPH ?g { ?x ex:value ?v } GRAPH ?h { ?y ex:value ?w } FILTER(?v + 0 = ?w + 0 && ?v > 10000) }", data);
        Assert.Contains("valuejoin", plan);
    }

    [Theory]
    [InlineData("?v = ?w")]
    // A double on one side: the integer and the decimal 12000 both equal 12000.0e0.
    [InlineData("?v = ?w * 1.0e0")]
    public void EqualityOverAJoinOfSubqueriesSharingAVariableIsAValueJoin(string equality)
    {
        using var data = Figures();
        var plan = Same(new[] { "m=arrests x=c3 y=c4", "m=arrests x=c4 y=c3" },
            "SELECT ?m ?x ?y { { SELECT ?m ?x ?v { GRAPH ?g { ?x ex:metric ?m ; ex:value ?v } } } "
            + "{ SELECT ?m ?y ?w { GRAPH ?h { ?y ex:metric ?m ; ex:value ?w } } } FILTER(" + equality + " && ?x != ?y) }", data);
        Assert.Contains("valuejoin", plan);
    }

    [Fact]
    public void RangeFilterOnAggregatesRunsRightAfterTheJoinOfTwoGroupedSubqueries()
    {
        using var data = Figures();
        const string query = """
            SELECT ?m ?earlier ?later ?lo ?hi {
              { SELECT ?m ?earlier (MAX(?v) AS ?lo) { GRAPH ?g1 { ?c1 ex:metric ?m ; ex:asOf ?earlier ; ex:value ?v } } GROUP BY ?m ?earlier }
              { SELECT ?m ?later (MIN(?w) AS ?hi) { GRAPH ?g2 { ?c2 ex:metric ?m ; ex:asOf ?later ; ex:value ?w } } GROUP BY ?m ?later }
              FILTER (?later > ?earlier && ?hi < ?lo)
              GRAPH ?g3 { ?c3 ex:metric ?m ; ex:asOf ?later }
            }
            """;
        var plan = Same(new[] { "m=arrests earlier=2021-01-31 later=2021-02-04 lo=9013 hi=8600", "m=gangs earlier=2021-01-31 later=2021-03-01 lo=100 hi=90" }, query, data);
        // The filter sits on the join of the two subqueries, below the GRAPH ?g3 pattern.
        int filter = plan.LastIndexOf("(filter (exprlist (> ?later ?earlier) (< ?hi ?lo))", StringComparison.Ordinal);
        int graph = plan.LastIndexOf("(graph ?g3", StringComparison.Ordinal);
        Assert.True(filter >= 0 && filter < graph, plan);
    }

    [Fact]
    public void NotExistsProbesWithTheSolutionsBindings()
    {
        using var data = Figures();
        const string query = """
            SELECT ?c { GRAPH ?g { ?c ex:metric ?m ; ex:asOf ?d }
              FILTER NOT EXISTS { GRAPH ?h { ?o ex:asOf ?e ; ex:metric ?m } FILTER (?e < ?d) } }
            """;
        var plan = Same(new[] { "c=c1", "c=c5" }, query, data);
        // Inside NOT EXISTS, ?m is bound: the metric pattern (a probe) comes first.
        Assert.Matches(@"notexists .*\(bgp \(triple \?o <http://example.org/metric> \?m\)", plan.Replace("\n", " "));
    }

    [Fact]
    public void FiltersMoveIntoUnionBranchesAndBelowBind()
    {
        using var data = Figures();
        var plan = Same(new[] { "c=c3 why=big", "c=c4 why=big" },
            "SELECT ?c ?why { { GRAPH ?g { ?c ex:value ?v } BIND(\"big\" AS ?why) } UNION { GRAPH ?g { ?c ex:asOf ?v } BIND(\"date\" AS ?why) } FILTER(?v > 10000) }", data);
        Assert.DoesNotMatch(@"\(filter \(> \?v 10000\)\s+\(union", plan);
    }

    [Fact]
    public void MinusRemovesOnlyCompatibleSolutionsSharingAVariable()
    {
        using var data = Figures();
        Same(new[] { "c=c5", "c=c6" }, "SELECT ?c { GRAPH ?g { ?c ex:metric ?m } MINUS { GRAPH ?h { ?c ex:metric ex:arrests } } }", data);
        // No shared variable: nothing is removed.
        Same(new[] { "c=c5", "c=c6" }, "SELECT ?c { GRAPH ?g { ?c ex:metric ex:gangs } MINUS { ?x ex:label \"Arrests\" } }", data);
    }

    [Fact]
    public void MinimumUpToEachDateIsAGroupOverTheBand()
    {
        using var data = Figures();
        // For each figure, the lowest value and the latest date given up to its date, in its series.
        var plan = Same(new[]
            {
                "c=c1 low=9013 latest=2021-01-31", "c=c2 low=8600 latest=2021-02-04", "c=c3 low=8600 latest=2021-04-09",
                "c=c4 low=8600 latest=2021-04-09", "c=c5 low=100 latest=2021-01-31", "c=c6 low=90 latest=2021-03-01",
            },
            """
            SELECT ?c (MIN(?v) AS ?low) (MAX(?given) AS ?latest) {
              { SELECT ?c ?metric ?d { GRAPH ?g { ?c ex:metric ?metric ; ex:asOf ?d } } }
              { SELECT ?metric ?given ?v { GRAPH ?h { ?o ex:metric ?metric ; ex:asOf ?given ; ex:value ?v } } }
              FILTER (?given <= ?d)
            } GROUP BY ?c
            """, data);
        Assert.Contains("group/band", plan);
    }

    [Fact]
    public void NextDateOfASeriesIsAGroupOverTheBand()
    {
        using var data = Figures();
        var plan = Same(new[]
            {
                "metric=arrests d=2021-01-31 next=2021-02-04", "metric=arrests d=2021-02-04 next=2021-04-09",
                "metric=gangs d=2021-01-31 next=2021-03-01",
            },
            """
            SELECT ?metric ?d (MIN(?later) AS ?next) {
              { SELECT DISTINCT ?metric ?d { GRAPH ?g { ?c ex:metric ?metric ; ex:asOf ?d } } }
              { SELECT DISTINCT ?metric ?later { GRAPH ?h { ?o ex:metric ?metric ; ex:asOf ?later } } }
              FILTER (?d < ?later)
            } GROUP BY ?metric ?d
            """, data);
        Assert.Contains("group/band", plan);
    }

    [Fact]
    public void GroupOverTheBandPairsWhatItCannotSort()
    {
        using var data = Figures();
        // Bucket x sorts; y holds strings; z compares a double with an integer; w mixes a number and
        // a string (paired one by one); an unbound key joins every bucket; "<" is an error across types.
        var plan = Same(new[]
            {
                "k=x a=5 m=45", "k=x a=2 m=10", "k=y a=b m=1", "k=x a=3 m=10", "k=z a=3 m=7", "k=w a=3 m=2",
                "k=z a=1 m=7", "k=w a=5 m=2",
            },
            """
            SELECT ?k ?a (MAX(?v) AS ?m) {
              { VALUES (?k ?a) { ("x" 5) ("x" 2) ("x" 0) ("y" "b") (UNDEF 3) ("z" 1) ("w" 5) } }
              { VALUES (?k ?b ?v) { ("x" 1 10) ("x" 4 40) ("x" 4.5 45) ("x" 4 41) ("y" "a" 1) ("y" "c" 3) ("z" 0.5e0 7) ("w" 1 2) ("w" "3" 99) } }
              FILTER (?b < ?a)
            } GROUP BY ?k ?a
            """, data);
        Assert.Contains("group/band", plan);
    }

    [Fact]
    public void AGroupRepeatedUnderOtherNamesGivesItsSolutionsUnderEachName()
    {
        using var data = Figures();
        // The two sub-selects are one group up to variable names: evaluated once, read back renamed.
        Same(new[] { "a=arrests b=gangs lowA=8600 lowB=90", "a=gangs b=arrests lowA=90 lowB=8600" },
            """
            SELECT ?a ?b ?lowA ?lowB {
              { SELECT ?a (MIN(?v) AS ?lowA) { GRAPH ?g { ?c ex:metric ?a ; ex:value ?v } } GROUP BY ?a }
              { SELECT ?b (MIN(?v) AS ?lowB) { GRAPH ?g { ?c ex:metric ?b ; ex:value ?v } } GROUP BY ?b }
              FILTER (?a != ?b)
            }
            """, data);
    }

    [Fact]
    public void SubSelectsJoinOnAComputedNameWhereItIsBound()
    {
        using var data = Figures();
        // ex:y's name is an error (LCASE of a number), so it stays unbound and joins with every row.
        Same(new[] { "a=x b=p", "a=y b=p", "a=y b=q" },
            """
            SELECT ?a ?b {
              { SELECT ?a (LCASE(?l1) AS ?name) { VALUES (?a ?l1) { (ex:x "A") (ex:y 1) } } }
              { SELECT ?b (LCASE(?l2) AS ?name) { VALUES (?b ?l2) { (ex:p "a") (ex:q "b") } } }
            }
            """, data);
    }
}
