using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql.Results;
using ClaimGraph.Store;

namespace ClaimGraph.Conformance;

/// <summary>An in-memory store filled from suite files: into the default graph or a named graph.</summary>
internal sealed class TestDataset : IDisposable
{
    private readonly IQuadStore _store = QuadStoreFactory.InMemory();
    private readonly HashSet<(string File, string? Graph)> _loaded = [];

    public void Load(string path, string baseIri, Iri? graph)
    {
        if (!_loaded.Add((path, graph?.Value))) return;
        using var tx = _store.BeginTransaction();
        foreach (var quad in SparqlTestFiles.ReadRdf(path, baseIri))
            tx.Add(new Quad(quad.Subject, quad.Predicate, quad.Object, graph ?? quad.Graph));
        tx.Commit();
    }

    public IStoreSnapshot Snapshot() => _store.OpenSnapshot();

    public void Dispose() => _store.Dispose();
}

/// <summary>Reads the files a SPARQL test names: RDF data and expected results in every format the suites use.</summary>
internal static class SparqlTestFiles
{
    /// <summary>The quads of an RDF file, read with its suite IRI as base. RDF/XML only as far as the suites use it.</summary>
    public static List<Quad> ReadRdf(string path, string baseIri)
    {
        if (path.EndsWith(".rdf", StringComparison.OrdinalIgnoreCase))
            return SparqlRdfXmlSubsetReader.Read(path, baseIri).Select(t => new Quad(t, null)).ToList();
        return ClaimGraph.Rdf.Syntax.RdfFile.ReadQuads(path, null,
            new ClaimGraph.Rdf.Syntax.RdfReaderOptions { BaseIri = baseIri, SourceName = path }).ToList();
    }

    /// <summary>An expected SELECT/ASK result: .srx, .srj, .tsv, or an rs:ResultSet graph in Turtle.</summary>
    public static QueryResult ReadExpectedResult(string path, string baseIri)
    {
        if (ResultsFormats.ReaderForFile(path) is IResultsReader reader)
        {
            using var text = File.OpenText(path);
            return reader.Read(text);
        }
        var triples = ReadRdf(path, baseIri).Select(q => q.Triple).ToList();
        if (!ResultSetGraphReader.IsResultSet(triples))
            throw new InvalidOperationException($"{Path.GetFileName(path)} holds no rs:ResultSet for a SELECT/ASK query");
        return ResultSetGraphReader.Read(triples);
    }
}
