using ClaimGraph.Sparql;
using ClaimGraph.Sparql.Results;
using ClaimGraph.Store;

namespace ClaimGraph.Consistency.Checking;

/// <summary>Runs the queries of queries/ on ClaimGraph's SPARQL engine.</summary>
public sealed class EngineSelectRunner(QueryEngineOptions? options = null) : ISelectRunner
{
    private readonly QueryEngine _engine = new(options);

    public SolutionsResult Select(NamedQuery query, IQuadReader data, CancellationToken cancel = default)
    {
        var parsed = SparqlParser.ParseQuery(query.Text);
        return _engine.Execute(parsed, data, cancel) as SolutionsResult
               ?? throw new InvalidOperationException($"queries/{query.Name} is not a SELECT query");
    }
}
