// CONTRACT: what a query returns. The evaluator produces these; the results formats (Results/)
// write and read them; the W3C harness compares them.
using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Sparql.Results;

/// <summary>The result of a query: solutions (SELECT), a boolean (ASK) or a graph (CONSTRUCT, DESCRIBE).</summary>
public abstract class QueryResult
{
    private protected QueryResult() { }
}

/// <summary>
/// SELECT results. <see cref="Rows"/> streams: it is enumerated once, lazily, while the writer writes,
/// so memory stays flat. Each row holds one value per variable, in <see cref="Variables"/> order,
/// null where the variable is unbound.
/// </summary>
public sealed class SolutionsResult(IReadOnlyList<string> variables, IEnumerable<Term?[]> rows) : QueryResult
{
    /// <summary>Variable names without the leading '?'.</summary>
    public IReadOnlyList<string> Variables { get; } = variables;
    public IEnumerable<Term?[]> Rows { get; } = rows;
}

/// <summary>ASK results.</summary>
public sealed class BooleanResult(bool value) : QueryResult
{
    public bool Value { get; } = value;
}

/// <summary>CONSTRUCT and DESCRIBE results: a stream of triples (duplicates already removed).</summary>
public sealed class GraphResult(IEnumerable<Triple> triples) : QueryResult
{
    public IEnumerable<Triple> Triples { get; } = triples;
}
