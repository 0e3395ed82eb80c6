using ClaimGraph.Rdf.Comparison;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql;
using ClaimGraph.Sparql.Algebra;
using ClaimGraph.Sparql.Results;

namespace ClaimGraph.Conformance;

/// <summary>Test types and properties of the SPARQL test manifests (mf:, qt:, ut:).</summary>
public static class SparqlTestVocabulary
{
    public const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    public const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    public const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";

    public const string PositiveSyntax = Mf + "PositiveSyntaxTest";
    public const string NegativeSyntax = Mf + "NegativeSyntaxTest";
    public const string PositiveSyntax11 = Mf + "PositiveSyntaxTest11";
    public const string NegativeSyntax11 = Mf + "NegativeSyntaxTest11";
    public const string PositiveUpdateSyntax11 = Mf + "PositiveUpdateSyntaxTest11";
    public const string NegativeUpdateSyntax11 = Mf + "NegativeUpdateSyntaxTest11";
    public const string QueryEvaluation = Mf + "QueryEvaluationTest";
    public const string CsvResultFormat = Mf + "CSVResultFormatTest";
    public const string UpdateEvaluation = Mf + "UpdateEvaluationTest";
    public const string Protocol = Mf + "ProtocolTest";
    public const string GraphStoreProtocol = Mf + "GraphStoreProtocolTest";
    public const string ServiceDescription = Mf + "ServiceDescriptionTest";

    public static readonly Iri Query = new(Qt + "query");
    public static readonly Iri Data = new(Qt + "data");
    public static readonly Iri GraphData = new(Qt + "graphData");
    public static readonly Iri ServiceData = new(Qt + "serviceData");
    public static readonly Iri Endpoint = new(Qt + "endpoint");
    public static readonly Iri ResultCardinality = new(Mf + "resultCardinality");
    public static readonly Iri LaxCardinality = new(Mf + "LaxCardinality");
    public static readonly Iri EntailmentRegime = new("http://www.w3.org/ns/entailment/entailmentRegime");
    public static readonly Iri SdEntailmentRegime = new("http://www.w3.org/ns/sparql-service-description#entailmentRegime");
}

/// <summary>
/// The SPARQL 1.0/1.1 query suites: syntax tests (the query must parse, or must be rejected), query
/// evaluation tests (the dataset of the action is loaded into an in-memory store, the query runs
/// through <see cref="QueryEngine"/>, and the result is compared with the expected one), the CSV
/// results-format tests and SERVICE tests against mocked endpoints. Update, protocol and service
/// description tests are skipped: the engine has no SPARQL Update and there is no HTTP endpoint.
/// </summary>
public sealed class SparqlTestHandlers : ITestHandlerModule
{
    public void Register(TestHandlerRegistry registry)
    {
        registry.Register(SparqlTestVocabulary.PositiveSyntax, t => Syntax(t, positive: true));
        registry.Register(SparqlTestVocabulary.PositiveSyntax11, t => Syntax(t, positive: true));
        registry.Register(SparqlTestVocabulary.NegativeSyntax, t => Syntax(t, positive: false));
        registry.Register(SparqlTestVocabulary.NegativeSyntax11, t => Syntax(t, positive: false));
        registry.Register(SparqlTestVocabulary.PositiveUpdateSyntax11, _ => TestOutcome.Skip("SPARQL Update is not parsed by the engine"));
        registry.Register(SparqlTestVocabulary.NegativeUpdateSyntax11, _ => TestOutcome.Skip("SPARQL Update is not parsed by the engine"));
        registry.Register(SparqlTestVocabulary.UpdateEvaluation, _ => TestOutcome.Skip("SPARQL Update is not implemented by the engine"));
        registry.Register(SparqlTestVocabulary.Protocol, _ => TestOutcome.Skip("protocol tests need an HTTP endpoint"));
        registry.Register(SparqlTestVocabulary.GraphStoreProtocol, _ => TestOutcome.Skip("graph store protocol tests need an HTTP endpoint"));
        registry.Register(SparqlTestVocabulary.ServiceDescription, _ => TestOutcome.Skip("service description tests need an HTTP endpoint"));
        registry.Register(SparqlTestVocabulary.QueryEvaluation, SparqlEvaluationTest.Run);
        registry.Register(SparqlTestVocabulary.CsvResultFormat, SparqlEvaluationTest.RunCsv);
    }

    private static TestOutcome Syntax(TestCase test, bool positive)
    {
        var action = test.Action ?? throw new InvalidOperationException($"test {test.Id} has no mf:action");
        var path = test.FileOf(action);
        if (path.EndsWith(".ru", StringComparison.OrdinalIgnoreCase))
            return TestOutcome.Skip("SPARQL Update is not parsed by the engine");
        string text = File.ReadAllText(path);
        try
        {
            SparqlParser.ParseQuery(text, ((Iri)action).Value);
            return positive ? TestOutcome.Pass : TestOutcome.Fail("accepted an invalid query");
        }
        catch (SparqlSyntaxException e)
        {
            return positive ? TestOutcome.Fail("rejected a valid query: " + e.Message) : TestOutcome.Pass;
        }
    }
}

/// <summary>Runs one query evaluation test: dataset, query, expected result, comparison.</summary>
internal static class SparqlEvaluationTest
{
    private static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset FixedNow = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static TestOutcome Run(TestCase test)
    {
        if (IsEntailmentTest(test)) return TestOutcome.Skip("entailment regimes are not supported");
        var (query, result) = Execute(test);
        var expectedIri = test.Result ?? throw new InvalidOperationException($"test {test.Id} has no mf:result");
        string expectedPath = test.FileOf(expectedIri);

        if (result is GraphResult graph)
        {
            var expectedGraph = SparqlTestFiles.ReadRdf(expectedPath, ((Iri)expectedIri).Value);
            var actual = graph.Triples.Select(t => new Quad(t, null)).ToList();
            var difference = QuadSetIsomorphism.Difference(expectedGraph, actual);
            return difference is null ? TestOutcome.Pass : TestOutcome.Fail("graph not isomorphic to the expected one: " + difference);
        }

        var expected = SparqlTestFiles.ReadExpectedResult(expectedPath, ((Iri)expectedIri).Value);
        var materialized = result is SolutionsResult s ? new SolutionsResult(s.Variables, s.Rows.ToList()) : result;
        bool lax = test.Node is not null && test.Graph.Object(test.Node, SparqlTestVocabulary.ResultCardinality) is Term c
                   && c.Equals(SparqlTestVocabulary.LaxCardinality);
        var options = new SolutionComparisonOptions(OrderKeys(query.Algebra), lax);
        var diff = SparqlResultComparison.Difference(expected, materialized, options);
        return diff is null ? TestOutcome.Pass : TestOutcome.Fail(diff);
    }

    /// <summary>CSV results tests: our CSV output, read back as cells, must match the expected file (blank node labels aside).</summary>
    public static TestOutcome RunCsv(TestCase test)
    {
        var (_, result) = Execute(test);
        var writer = new StringWriter();
        new SparqlCsvWriter().Write(result, writer);
        var actual = CsvAsSolutions(new StringReader(writer.ToString()));
        var expectedPath = test.FileOf(test.Result ?? throw new InvalidOperationException($"test {test.Id} has no mf:result"));
        using var expectedReader = File.OpenText(expectedPath);
        var expected = CsvAsSolutions(expectedReader);
        var diff = SparqlResultComparison.Difference(expected, actual, SolutionComparisonOptions.Unordered);
        return diff is null ? TestOutcome.Pass : TestOutcome.Fail("CSV differs: " + diff);
    }

    private static SolutionsResult CsvAsSolutions(TextReader reader)
    {
        var (header, rows) = SparqlCsvReader.ReadCells(reader);
        return new SolutionsResult(header, rows.Select(r => r.Select(Cell).ToArray()).ToList());

        static Term? Cell(string cell) =>
            cell.Length == 0 ? null : cell.StartsWith("_:", StringComparison.Ordinal) ? new BlankNode(cell[2..]) : Literal.String(cell);
    }

    private static bool IsEntailmentTest(TestCase test) =>
        test.Action is Term action
        && (test.Graph.Object(action, SparqlTestVocabulary.EntailmentRegime) is not null
            || test.Graph.Object(action, SparqlTestVocabulary.SdEntailmentRegime) is not null);

    private static (Query Query, QueryResult Result) Execute(TestCase test)
    {
        var action = test.Action ?? throw new InvalidOperationException($"test {test.Id} has no mf:action");
        var queryIri = (Iri)(test.Graph.Object(action, SparqlTestVocabulary.Query)
                             ?? throw new InvalidOperationException($"test {test.Id} has no qt:query"));
        var query = SparqlParser.ParseQuery(File.ReadAllText(test.FileOf(queryIri)), queryIri.Value);

        var dataset = new TestDataset();
        foreach (var data in test.Graph.Objects(action, SparqlTestVocabulary.Data))
            dataset.Load(test.FileOf(data), ((Iri)data).Value, graph: null);
        foreach (var graphData in test.Graph.Objects(action, SparqlTestVocabulary.GraphData))
            dataset.Load(test.FileOf(graphData), ((Iri)graphData).Value, graph: (Iri)graphData);
        // FROM / FROM NAMED name suite files: load each as the named graph the engine will look for.
        foreach (var iri in query.DefaultGraphIris.Concat(query.NamedGraphIris).Distinct())
            if (W3cSuites.FileOfIri(iri, test.Manifest.Path) is string file && File.Exists(file))
                dataset.Load(file, iri, new Iri(iri));

        var options = new QueryEngineOptions { Timeout = QueryTimeout, Now = FixedNow };
        var services = MockServiceHandler.FromTest(test, action);
        if (services is not null) options.ServiceHandler = services;

        using var snapshot = dataset.Snapshot();
        var result = new QueryEngine(options).Execute(query, snapshot);
        // Enumerate while the snapshot is open.
        result = result switch
        {
            SolutionsResult s => new SolutionsResult(s.Variables, s.Rows.ToList()),
            GraphResult g => new GraphResult(g.Triples.ToList()),
            _ => result,
        };
        return (query, result);
    }

    /// <summary>
    /// The variables whose order the expected result fixes: the leading ORDER BY keys of the query's
    /// top level that are plain variables.
    /// </summary>
    internal static IReadOnlyList<string> OrderKeys(Op op)
    {
        while (true)
        {
            switch (op)
            {
                case SliceOp s: op = s.Inner; continue;
                case DistinctOp d: op = d.Inner; continue;
                case ReducedOp r: op = r.Inner; continue;
                case ProjectOp p: op = p.Inner; continue;
                case OrderByOp o:
                    return o.Conditions.TakeWhile(c => c.Expr is VarExpr).Select(c => ((VarExpr)c.Expr).Name).ToList();
                case TopNOp t:
                    return t.Conditions.TakeWhile(c => c.Expr is VarExpr).Select(c => ((VarExpr)c.Expr).Name).ToList();
                default:
                    return [];
            }
        }
    }
}
