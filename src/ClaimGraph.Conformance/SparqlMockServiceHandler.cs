using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql;
using ClaimGraph.Sparql.Results;

namespace ClaimGraph.Conformance;

/// <summary>
/// Stands in for the remote endpoints of the SERVICE tests: each qt:serviceData of the action gives an
/// endpoint IRI and the data it holds; SERVICE patterns against it run on that data locally.
/// </summary>
internal sealed class MockServiceHandler : IServiceHandler
{
    private readonly Dictionary<string, TestDataset> _endpoints = new(StringComparer.Ordinal);

    public static MockServiceHandler? FromTest(TestCase test, Term action)
    {
        MockServiceHandler? handler = null;
        foreach (var service in test.Graph.Objects(action, SparqlTestVocabulary.ServiceData))
        {
            if (test.Graph.Object(service, SparqlTestVocabulary.Endpoint) is not Iri endpoint) continue;
            handler ??= new MockServiceHandler();
            if (!handler._endpoints.TryGetValue(endpoint.Value, out var dataset))
                handler._endpoints[endpoint.Value] = dataset = new TestDataset();
            foreach (var data in test.Graph.Objects(service, SparqlTestVocabulary.Data))
                dataset.Load(test.FileOf(data), ((Iri)data).Value, graph: null);
        }
        return handler;
    }

    public bool CanHandle(string endpointIri) => _endpoints.ContainsKey(endpointIri);

    public SolutionsResult Execute(string endpointIri, Query query, CancellationToken cancel)
    {
        if (!_endpoints.TryGetValue(endpointIri, out var dataset))
            throw new SparqlEvaluationException($"no mock endpoint {endpointIri}");
        using var snapshot = dataset.Snapshot();
        // A mocked endpoint may itself call SERVICE (service3 nests one): it sees the same mocks.
        var result = new QueryEngine(new QueryEngineOptions { ServiceHandler = this }).Execute(query, snapshot, cancel);
        return result is SolutionsResult s
            ? new SolutionsResult(s.Variables, s.Rows.ToList())
            : throw new SparqlEvaluationException($"the mock endpoint {endpointIri} answers SELECT queries only");
    }
}
