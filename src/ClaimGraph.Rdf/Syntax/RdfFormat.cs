using ClaimGraph.Rdf.Writing;

namespace ClaimGraph.Rdf.Syntax;

/// <summary>
/// An RDF syntax, found by name or file extension; the one way the CLI, the store loader and the test
/// harnesses open and write RDF.
/// </summary>
public sealed class RdfFormat
{
    private readonly Func<CharSource, RdfReaderOptions, RdfFormat, RdfReader> _createReader;
    private readonly Func<TextWriter, RdfWriterOptions, RdfWriter> _createWriter;

    private RdfFormat(string name, string mediaType, bool hasNamedGraphs, string[] extensions, string[] aliases,
        Func<CharSource, RdfReaderOptions, RdfFormat, RdfReader> createReader, Func<TextWriter, RdfWriterOptions, RdfWriter> createWriter)
    {
        Name = name;
        MediaType = mediaType;
        HasNamedGraphs = hasNamedGraphs;
        Extensions = extensions;
        Aliases = aliases;
        _createReader = createReader;
        _createWriter = createWriter;
    }

    /// <summary>Lower-case name, as `--to` takes it: ntriples, nquads, turtle, trig.</summary>
    public string Name { get; }
    public string MediaType { get; }

    /// <summary>True for syntaxes that can hold named graphs (N-Quads, TriG).</summary>
    public bool HasNamedGraphs { get; }

    /// <summary>File extensions with the dot, e.g. ".ttl"; the first is the usual one.</summary>
    public IReadOnlyList<string> Extensions { get; }

    /// <summary>Other names accepted for the format, e.g. "nt", "ttl".</summary>
    public IReadOnlyList<string> Aliases { get; }

    public static readonly RdfFormat NTriples = new("ntriples", "application/n-triples", false, [".nt"], ["nt", "n-triples"],
        (s, o, f) => new NQuadsReader(s, o, f, allowGraphs: false), (w, o) => new NQuadsWriter(w, o, writeGraphs: false));

    public static readonly RdfFormat NQuads = new("nquads", "application/n-quads", true, [".nq"], ["nq", "n-quads"],
        (s, o, f) => new NQuadsReader(s, o, f, allowGraphs: true), (w, o) => new NQuadsWriter(w, o, writeGraphs: true));

    public static readonly RdfFormat Turtle = new("turtle", "text/turtle", false, [".ttl"], ["ttl"],
        (s, o, f) => new TurtleReader(s, o, f, allowGraphs: false), (w, o) => new TurtleWriter(w, o, writeGraphs: false));

    public static readonly RdfFormat TriG = new("trig", "application/trig", true, [".trig"], [],
        (s, o, f) => new TurtleReader(s, o, f, allowGraphs: true), (w, o) => new TurtleWriter(w, o, writeGraphs: true));

    public static IReadOnlyList<RdfFormat> All { get; } = [NTriples, NQuads, Turtle, TriG];

    /// <summary>The format with this name or alias (case-insensitive), or null.</summary>
    public static RdfFormat? FromName(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)
                                || f.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase));

    /// <summary>The format a file name's extension says, or null.</summary>
    public static RdfFormat? FromFileName(string path)
    {
        string extension = Path.GetExtension(path);
        return All.FirstOrDefault(f => f.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>A reader over UTF-8 bytes (invalid UTF-8 is a syntax error with its position).</summary>
    public RdfReader CreateReader(Stream input, RdfReaderOptions? options = null, bool leaveOpen = false)
    {
        options ??= RdfReaderOptions.Default;
        return _createReader(new CharSource(input, options.SourceName, leaveOpen), options, this);
    }

    public RdfReader CreateReader(TextReader input, RdfReaderOptions? options = null, bool leaveOpen = false)
    {
        options ??= RdfReaderOptions.Default;
        return _createReader(new CharSource(input, options.SourceName, leaveOpen), options, this);
    }

    public RdfWriter CreateWriter(TextWriter output, RdfWriterOptions? options = null) =>
        _createWriter(output, options ?? RdfWriterOptions.Default);

    public override string ToString() => Name;
}
