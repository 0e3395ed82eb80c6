using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Rdf.Syntax;

/// <summary>How a document is read.</summary>
public sealed record RdfReaderOptions
{
    /// <summary>The IRI relative references are resolved against (for a file, usually its file: IRI).</summary>
    public string? BaseIri { get; init; }

    /// <summary>The name errors give for the input, e.g. its path.</summary>
    public string? SourceName { get; init; }

    /// <summary>
    /// Keep blank-node labels as written (for conversion). By default each document's labels are
    /// replaced by fresh ones, so documents loaded together never share a blank node.
    /// </summary>
    public bool KeepBlankNodeLabels { get; init; }

    public static RdfReaderOptions Default { get; } = new();
}

/// <summary>
/// Reads one document as a lazy stream of quads. <see cref="ReadQuads"/> is enumerated once; syntax
/// errors surface as <see cref="RdfSyntaxException"/> while enumerating. Disposing closes the input.
/// </summary>
public abstract class RdfReader : IDisposable
{
    private protected readonly Dictionary<string, string> PrefixMap = new(StringComparer.Ordinal);

    private protected RdfReader(RdfFormat format) => Format = format;

    public RdfFormat Format { get; }

    /// <summary>The prefixes declared so far (prefix without ':' to namespace IRI), in order of declaration.</summary>
    public IReadOnlyDictionary<string, string> Prefixes => PrefixMap;

    /// <summary>The base IRI in force at the current point of the document (changed by @base / BASE).</summary>
    public string? BaseIri { get; private protected set; }

    public abstract IEnumerable<Quad> ReadQuads();

    public abstract void Dispose();
}
