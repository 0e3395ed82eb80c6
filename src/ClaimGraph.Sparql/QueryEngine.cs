using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql.Algebra;
using ClaimGraph.Sparql.Eval;
using ClaimGraph.Sparql.Functions;
using ClaimGraph.Sparql.Optimizer;
using ClaimGraph.Sparql.Results;
using ClaimGraph.Store;

namespace ClaimGraph.Sparql;

/// <summary>
/// Runs queries over a store: optimizes the algebra against the store's statistics, then evaluates
/// it as a stream of id solutions, decoding terms only for the result.
/// </summary>
public sealed class QueryEngine
{
    private readonly QueryEngineOptions _options;

    public QueryEngine(QueryEngineOptions? options = null) => _options = options ?? new QueryEngineOptions();

    /// <summary>
    /// Evaluates the query. SELECT rows and CONSTRUCT/DESCRIBE triples stream: they are computed as
    /// the result is enumerated, and the timeout and <paramref name="cancel"/> apply until then.
    /// Throws <see cref="QueryTimeoutException"/> when the timeout passes.
    /// </summary>
    public QueryResult Execute(Query query, IQuadReader data, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(data);
        var timeoutSource = _options.Timeout is TimeSpan t ? new CancellationTokenSource(t) : null;
        var linked = timeoutSource is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancel, timeoutSource.Token);
        var token = linked?.Token ?? cancel;

        var terms = new TermTable(data);
        var op = Optimize(query, data);
        var slots = AssignSlots(query, op);
        var dataset = BuildDataset(query, terms);
        var functions = new FunctionContext(_options.Now ?? DateTimeOffset.Now, query.BaseIri);
        var evaluator = new Evaluator(terms, dataset, _options, functions, slots, token);
        evaluator.ShareRepeatedSubresults(op);

        IEnumerable<long[]> Solutions() => Guard(evaluator.Eval(op, evaluator.EmptyRow(), GraphScope.Default), token, timeoutSource);

        switch (query.Form)
        {
            case QueryForm.Ask:
                return new BooleanResult(Solutions().Any());
            case QueryForm.Construct:
                return new GraphResult(new ConstructBuilder(evaluator, query.ConstructTemplate).Build(Solutions()));
            case QueryForm.Describe:
                return new GraphResult(new DescribeBuilder(evaluator).Build(query, Solutions()));
            default:
                {
                    var vars = query.ResultVariables;
                    var varSlots = vars.Select(v => slots[v]).ToArray();
                    return new SolutionsResult(vars, Decode(Solutions(), varSlots, terms));
                }
        }
    }

    /// <summary>The algebra as parsed and as it will run, as S-expressions.</summary>
    public string Explain(Query query, IQuadReader data)
    {
        var optimized = Optimize(query, data);
        return "# algebra\n" + query.Algebra + "\n\n# optimized\n" + optimized + "\n";
    }

    private Op Optimize(Query query, IQuadReader data) =>
        _options.DisableOptimizer ? QueryOptimizer.PlacePropertyFunctions(query.Algebra, _options) : new QueryOptimizer(data, _options).Optimize(query.Algebra);

    private static Dictionary<string, int> AssignSlots(Query query, Op op)
    {
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string v) { if (!slots.ContainsKey(v)) slots[v] = slots.Count; }
        foreach (var v in OpVariables.Mentioned(op)) Add(v);
        foreach (var v in query.ResultVariables) Add(v);
        foreach (var t in query.ConstructTemplate) foreach (var v in t.Variables()) Add(v);
        foreach (var n in query.DescribeTargets) if (n is Var dv) Add(dv.Name);
        return slots;
    }

    private static Dataset BuildDataset(Query query, TermTable terms)
    {
        if (!query.HasDatasetClause) return new Dataset();
        var defaults = new List<long>();
        foreach (var iri in query.DefaultGraphIris)
            if (terms.Store.TryGetId(new Iri(iri), out long id)) defaults.Add(id);
        var named = new HashSet<long>();
        foreach (var iri in query.NamedGraphIris)
            if (terms.Store.TryGetId(new Iri(iri), out long id)) named.Add(id);
        return new Dataset { DefaultGraphs = defaults.Distinct().ToArray(), NamedGraphs = named };
    }

    private static IEnumerable<Term?[]> Decode(IEnumerable<long[]> rows, int[] slots, TermTable terms)
    {
        foreach (var row in rows)
        {
            var values = new Term?[slots.Length];
            for (int i = 0; i < slots.Length; i++) values[i] = terms.DecodeOrNull(row[slots[i]]);
            yield return values;
        }
    }

    /// <summary>Turns cancellation by the timeout into <see cref="QueryTimeoutException"/>, and frees the timer at the end.</summary>
    private IEnumerable<long[]> Guard(IEnumerable<long[]> rows, CancellationToken token, CancellationTokenSource? timeout)
    {
        using var enumerator = rows.GetEnumerator();
        try
        {
            while (true)
            {
                bool more;
                try
                {
                    more = enumerator.MoveNext();
                }
                catch (OperationCanceledException) when (timeout is not null && timeout.IsCancellationRequested)
                {
                    throw new QueryTimeoutException(_options.Timeout!.Value);
                }
                if (!more) yield break;
                yield return enumerator.Current;
            }
        }
        finally
        {
            timeout?.Dispose();
        }
    }
}
