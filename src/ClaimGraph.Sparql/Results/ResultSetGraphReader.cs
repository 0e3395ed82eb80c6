using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Xsd;

namespace ClaimGraph.Sparql.Results;

/// <summary>
/// Reads a SELECT or ASK result encoded as RDF with the DAWG result-set vocabulary (rs:ResultSet,
/// rs:resultVariable, rs:solution, rs:binding, rs:variable, rs:value, rs:index, rs:boolean), as the
/// SPARQL 1.0 tests give expected results. Solutions with rs:index come out in index order.
/// </summary>
public static class ResultSetGraphReader
{
    public const string Namespace = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";

    private static readonly Iri ResultSet = new(Namespace + "ResultSet");
    private static readonly Iri ResultVariable = new(Namespace + "resultVariable");
    private static readonly Iri Solution = new(Namespace + "solution");
    private static readonly Iri Binding = new(Namespace + "binding");
    private static readonly Iri Variable = new(Namespace + "variable");
    private static readonly Iri Value = new(Namespace + "value");
    private static readonly Iri Index = new(Namespace + "index");
    private static readonly Iri BooleanProperty = new(Namespace + "boolean");

    /// <summary>True when the graph holds an rs:ResultSet.</summary>
    public static bool IsResultSet(IEnumerable<Triple> triples) =>
        triples.Any(t => t.Predicate.Equals(Vocab.Rdf.Type) && t.Object.Equals(ResultSet));

    public static QueryResult Read(IEnumerable<Triple> triples)
    {
        var bySubject = triples.GroupBy(t => t.Subject).ToDictionary(g => g.Key, g => g.ToList());
        var set = bySubject.FirstOrDefault(kv => kv.Value.Any(t => t.Predicate.Equals(Vocab.Rdf.Type) && t.Object.Equals(ResultSet))).Key
            ?? throw new FormatException("no rs:ResultSet in the graph");
        List<Triple> Props(Term subject) => bySubject.GetValueOrDefault(subject) ?? [];

        if (Props(set).FirstOrDefault(t => t.Predicate.Equals(BooleanProperty)).Object is Literal boolean)
            return new BooleanResult(XsdLiterals.TryGetBoolean(boolean, out var value) && value);

        var variables = Props(set).Where(t => t.Predicate.Equals(ResultVariable)).Select(t => ((Literal)t.Object).Lexical).ToList();
        var solutions = new List<(long Index, Dictionary<string, Term> Bindings)>();
        foreach (var solution in Props(set).Where(t => t.Predicate.Equals(Solution)).Select(t => t.Object))
        {
            long index = long.MaxValue;
            var bindings = new Dictionary<string, Term>(StringComparer.Ordinal);
            foreach (var t in Props(solution))
            {
                if (t.Predicate.Equals(Index) && t.Object is Literal l && XsdLiterals.TryGetNumeric(l, out var n) && n.TryGetLong(out var i))
                    index = i;
                else if (t.Predicate.Equals(Binding))
                {
                    var binding = Props(t.Object);
                    var name = binding.FirstOrDefault(b => b.Predicate.Equals(Variable)).Object as Literal;
                    var value = binding.FirstOrDefault(b => b.Predicate.Equals(Value)).Object;
                    if (name is not null && value is not null) bindings[name.Lexical] = value;
                }
            }
            solutions.Add((index, bindings));
        }
        foreach (var (_, bindings) in solutions)
            foreach (var name in bindings.Keys)
                if (!variables.Contains(name)) variables.Add(name);
        var ordered = solutions.OrderBy(s => s.Index);   // stable: unindexed solutions keep file order
        return new SolutionsResult(variables, ordered.Select(s => variables.Select(v => s.Bindings.GetValueOrDefault(v)).ToArray()).ToList());
    }
}
