using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Conformance;

/// <summary>
/// One entry of a manifest. The common properties are read out; anything else a handler needs
/// (qt:query, qt:data, ...) is in <see cref="Graph"/> around <see cref="Node"/> or <see cref="Action"/>.
/// </summary>
public sealed class TestCase
{
    public required Manifest Manifest { get; init; }

    /// <summary>The test's node in the manifest (an IRI for every W3C test).</summary>
    public required Term Node { get; init; }

    /// <summary>The test IRI, as skip lists and EARL reports quote it.</summary>
    public string Id => Node is Iri iri ? iri.Value : Node.ToString();

    /// <summary>The rdf:type IRI that picks the handler.</summary>
    public required string Type { get; init; }

    public required string Name { get; init; }
    public string? Comment { get; init; }

    /// <summary>The approval status IRI (rdft:approval or dawgt:approval), if any.</summary>
    public string? Approval { get; init; }

    public Term? Action { get; init; }
    public Term? Result { get; init; }

    public ManifestGraph Graph => Manifest.Graph;

    /// <summary>The local file behind a file IRI of the suite (e.g. the action); throws when it maps nowhere.</summary>
    public string FileOf(Term iri)
    {
        if (iri is not Iri named) throw new InvalidOperationException($"test {Id}: {iri} is not an IRI naming a file");
        return W3cSuites.FileOfIri(named.Value, Manifest.Path)
            ?? throw new InvalidOperationException($"test {Id}: cannot map {named.Value} to a local file");
    }

    public override string ToString() => Name;
}

/// <summary>A manifest file: its tests in order, and the manifests it includes.</summary>
public sealed class Manifest
{
    public required string Path { get; init; }
    public required string Iri { get; init; }
    public required ManifestGraph Graph { get; init; }
    public string? Label { get; init; }
    public IReadOnlyList<TestCase> Tests { get; internal set; } = [];
    public IReadOnlyList<Manifest> Includes { get; internal set; } = [];

    /// <summary>This manifest's tests followed by those of every included manifest, recursively, in order.</summary>
    public IEnumerable<TestCase> AllTests() => Tests.Concat(Includes.SelectMany(m => m.AllTests()));

    public override string ToString() => Path;
}
