using ClaimGraph.Rdf.Syntax;
using ClaimGraph.Rdf.Writing;

namespace ClaimGraph.Sparql.Results;

/// <summary>
/// Writes CONSTRUCT and DESCRIBE results (triples) through the RDF writers: Turtle, N-Triples,
/// N-Quads or TriG, with the query's prefixes where the syntax has prefixed names. The triples form
/// the default graph. N-Triples and N-Quads stream; Turtle and TriG group by subject, so they hold
/// the graph until the end.
/// </summary>
public sealed class GraphResultsWriter : IResultsWriter
{
    private readonly RdfFormat _format;
    private readonly IReadOnlyDictionary<string, string>? _prefixes;

    private GraphResultsWriter(RdfFormat format, IReadOnlyDictionary<string, string>? prefixes)
    {
        _format = format;
        _prefixes = prefixes;
    }

    public static IReadOnlyList<string> FormatNames { get; } = RdfFormat.All.Select(f => f.Name).ToList();

    /// <summary>The writer for an RDF syntax name or alias ("turtle", "ttl", "ntriples", ...), or null.</summary>
    public static GraphResultsWriter? Create(string name, IReadOnlyDictionary<string, string>? prefixes) =>
        RdfFormat.FromName(name) is RdfFormat format ? new GraphResultsWriter(format, prefixes) : null;

    public string MediaType => _format.MediaType;

    public bool CanWrite(QueryResult result) => result is GraphResult;

    public void Write(QueryResult result, TextWriter output)
    {
        if (result is not GraphResult g) throw new ArgumentException("RDF syntaxes hold CONSTRUCT and DESCRIBE results only", nameof(result));
        using var writer = _format.CreateWriter(output, new RdfWriterOptions { Prefixes = _prefixes });
        foreach (var t in g.Triples) writer.WriteTriple(t);
    }
}
