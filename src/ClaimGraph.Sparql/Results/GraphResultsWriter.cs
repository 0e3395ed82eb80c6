using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Sparql.Results;

/// <summary>Writes CONSTRUCT and DESCRIBE results (triples) in an RDF syntax, streaming.</summary>
public sealed class GraphResultsWriter : IResultsWriter
{
    private readonly string _format;

    private GraphResultsWriter(string format, IReadOnlyDictionary<string, string>? prefixes)
    {
        _format = format;
        Prefixes = prefixes;
    }

    public static IReadOnlyList<string> FormatNames { get; } = ["ntriples", "nquads"];

    public static GraphResultsWriter? Create(string name, IReadOnlyDictionary<string, string>? prefixes) =>
        name.ToLowerInvariant() switch
        {
            "ntriples" or "nt" => new GraphResultsWriter("ntriples", prefixes),
            "nquads" or "nq" => new GraphResultsWriter("nquads", prefixes),
            _ => null,
        };

    public IReadOnlyDictionary<string, string>? Prefixes { get; }

    public string MediaType => _format == "nquads" ? "application/n-quads" : "application/n-triples";

    public bool CanWrite(QueryResult result) => result is GraphResult;

    public void Write(QueryResult result, TextWriter output)
    {
        if (result is not GraphResult g) throw new ArgumentException("RDF syntaxes hold CONSTRUCT and DESCRIBE results only", nameof(result));
        // A CONSTRUCT result is a graph: in N-Quads it is the default graph, so both forms write the same lines.
        foreach (var t in g.Triples)
            output.Write(t.ToString() + "\n");
    }
}
