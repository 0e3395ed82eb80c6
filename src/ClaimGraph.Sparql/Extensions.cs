using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql.Functions;
using ClaimGraph.Sparql.Results;
using ClaimGraph.Store;

namespace ClaimGraph.Sparql;

/// <summary>
/// One argument of a property function call: a constant (or a variable already bound by the
/// solution being extended), or a variable the function may bind.
/// </summary>
public sealed record PropertyFunctionArgument(Term? Value, string? Variable)
{
    public bool IsBound => Value is not null;
}

/// <summary>What a property function may use while it runs.</summary>
public sealed record PropertyFunctionContext(IQuadReader Data, FunctionContext Functions, CancellationToken Cancel);

/// <summary>
/// A property function such as <c>text:query</c>: a triple pattern whose predicate is
/// <see cref="PredicateIri"/> is not matched against the data but computed by <see cref="Evaluate"/>.
/// The subject and object are lists: a single term gives a one-element list, an RDF collection
/// <c>( a b c )</c> gives its members.
/// </summary>
public interface IPropertyFunction
{
    string PredicateIri { get; }

    /// <summary>
    /// Called once per incoming solution, with bound variables already replaced by their values.
    /// Each yielded dictionary is one solution: values for (some of) the unbound variables, by name
    /// without '?'. A yielded value for a bound argument is ignored.
    /// </summary>
    IEnumerable<IReadOnlyDictionary<string, Term>> Evaluate(
        IReadOnlyList<PropertyFunctionArgument> subject,
        IReadOnlyList<PropertyFunctionArgument> @object,
        PropertyFunctionContext context);
}

/// <summary>
/// Evaluates <c>SERVICE &lt;endpoint&gt; { ... }</c>. The engine hands over the inner pattern as a
/// query <c>SELECT * WHERE { ... }</c>; the handler answers with solutions.
/// </summary>
public interface IServiceHandler
{
    /// <summary>Whether this handler serves the endpoint.</summary>
    bool CanHandle(string endpointIri);

    SolutionsResult Execute(string endpointIri, Query query, CancellationToken cancel);
}

/// <summary>Settings of a <see cref="QueryEngine"/>.</summary>
public sealed class QueryEngineOptions
{
    /// <summary>Property functions by predicate IRI (e.g. text:query from Search).</summary>
    public IList<IPropertyFunction> PropertyFunctions { get; } = new List<IPropertyFunction>();

    /// <summary>SERVICE handler; without one (or when it cannot handle the endpoint) SERVICE fails, SERVICE SILENT gives one empty solution.</summary>
    public IServiceHandler? ServiceHandler { get; set; }

    /// <summary>Stop a query that runs longer than this (throws <see cref="QueryTimeoutException"/>).</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>The instant NOW() returns; the time of execution when null.</summary>
    public DateTimeOffset? Now { get; set; }

    /// <summary>Turn off the optimizer (the spec's algebra is evaluated as translated). For testing.</summary>
    public bool DisableOptimizer { get; set; }
}

/// <summary>A query ran longer than its timeout.</summary>
public sealed class QueryTimeoutException(TimeSpan timeout)
    : Exception($"query timed out after {timeout.TotalSeconds:0.###} s")
{
    public TimeSpan Timeout { get; } = timeout;
}

/// <summary>An error while evaluating a query that is not a syntax error (e.g. SERVICE endpoint without handler).</summary>
public sealed class SparqlEvaluationException(string message) : Exception(message);

/// <summary>
/// Supplies property functions that need the store's folder (e.g. text:query needs the search index
/// next to the store). The `claimgraph sparql` verb finds implementations by reflection (public
/// parameterless constructor) in the loaded ClaimGraph assemblies.
/// </summary>
public interface IPropertyFunctionProvider
{
    /// <summary>The functions for a store folder; none when what they need (an index) is absent.</summary>
    IEnumerable<IPropertyFunction> Create(string storeDirectory);
}
