using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Syntax;

namespace ClaimGraph.Conformance;

/// <summary>
/// Reads W3C test manifests (Turtle) with the IRI each has in the published suite, follows mf:include
/// recursively and reads mf:entries in order.
/// </summary>
public static class ManifestLoader
{
    public static Manifest Load(string path) => Load(Path.GetFullPath(path), new HashSet<string>(StringComparer.Ordinal));

    private static Manifest Load(string path, HashSet<string> loading)
    {
        if (!loading.Add(path)) throw new InvalidOperationException($"{path}: manifest includes itself");
        string iri = W3cSuites.IriOfFile(path);
        var graph = Read(path, iri);
        var manifestNode = ManifestNode(graph, iri);

        // A manifest may declare the base its tests assume; honour it when it differs from the IRI we gave it.
        if (graph.Object(manifestNode, Mf.AssumedTestBase) is Iri assumed && !iri.StartsWith(assumed.Value, StringComparison.Ordinal))
        {
            iri = assumed.Value + System.IO.Path.GetFileName(path);
            graph = Read(path, iri);
            manifestNode = ManifestNode(graph, iri);
        }

        var manifest = new Manifest
        {
            Path = path,
            Iri = iri,
            Graph = graph,
            Label = graph.Text(manifestNode, Vocab.Rdfs.Label) ?? graph.Text(manifestNode, Vocab.Rdfs.Comment),
        };

        var includes = new List<Manifest>();
        foreach (var head in graph.Objects(manifestNode, Mf.Include))
            foreach (var included in graph.List(head))
            {
                var file = W3cSuites.FileOfIri(((Iri)included).Value, path)
                    ?? throw new InvalidOperationException($"{path}: cannot map included manifest {included} to a file");
                includes.Add(Load(System.IO.Path.GetFullPath(file), loading));
            }

        var tests = new List<TestCase>();
        foreach (var head in graph.Objects(manifestNode, Mf.Entries))
            foreach (var node in graph.List(head))
                tests.Add(ReadTest(manifest, graph, node));

        manifest.Includes = includes;
        manifest.Tests = tests;
        loading.Remove(path);
        return manifest;
    }

    /// <summary>The node typed mf:Manifest: usually &lt;&gt; (the file's IRI), in older manifests a blank node.</summary>
    private static Term ManifestNode(ManifestGraph graph, string iri)
    {
        var own = new Iri(iri);
        if (graph.Objects(own, Vocab.Rdf.Type).Contains(Mf.Manifest)) return own;
        return graph.Subjects.FirstOrDefault(s => graph.Objects(s, Vocab.Rdf.Type).Contains(Mf.Manifest)) ?? own;
    }

    private static ManifestGraph Read(string path, string iri)
    {
        try
        {
            return new ManifestGraph(RdfFile.ReadQuads(path, RdfFormat.Turtle, new RdfReaderOptions { BaseIri = iri, SourceName = path }).ToList());
        }
        catch (RdfSyntaxException e)
        {
            throw new InvalidOperationException("cannot read manifest " + e.Message, e);
        }
    }

    private static TestCase ReadTest(Manifest manifest, ManifestGraph graph, Term node)
    {
        var type = graph.Objects(node, Vocab.Rdf.Type).OfType<Iri>().FirstOrDefault()?.Value ?? "";
        var approval = graph.Object(node, Rdft.Approval) ?? graph.Object(node, Dawgt.Approval);
        return new TestCase
        {
            Manifest = manifest,
            Node = node,
            Type = type,
            Name = graph.Text(node, Mf.Name) ?? (node is Iri i ? i.Value[(i.Value.LastIndexOf('#') + 1)..] : node.ToString()),
            Comment = graph.Text(node, Vocab.Rdfs.Comment),
            Approval = (approval as Iri)?.Value,
            Action = graph.Object(node, Mf.Action),
            Result = graph.Object(node, Mf.Result),
        };
    }
}
