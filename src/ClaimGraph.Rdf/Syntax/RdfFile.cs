using ClaimGraph.Rdf.Iris;
using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Rdf.Syntax;

/// <summary>Opens RDF files: format from the extension, base IRI from the path, errors as <see cref="RdfSyntaxException"/>.</summary>
public static class RdfFile
{
    /// <summary>
    /// Opens a reader on a file. The format defaults to the one the extension names; the base IRI to the
    /// file's own file: IRI. A missing file, a folder or an unknown extension is an <see cref="RdfSyntaxException"/>.
    /// </summary>
    public static RdfReader OpenReader(string path, RdfFormat? format = null, RdfReaderOptions? options = null)
    {
        format ??= RdfFormat.FromFileName(path)
            ?? throw new RdfSyntaxException(path, 0, 0,
                $"cannot tell the RDF format from the extension '{Path.GetExtension(path)}' (known: {string.Join(", ", RdfFormat.All.SelectMany(f => f.Extensions))})");
        if (Directory.Exists(path)) throw new RdfSyntaxException(path, 0, 0, "is a folder, not an RDF file");
        if (!File.Exists(path)) throw new RdfSyntaxException(path, 0, 0, "no such file");
        options ??= RdfReaderOptions.Default;
        options = options with
        {
            SourceName = options.SourceName ?? path,
            BaseIri = options.BaseIri ?? IriReference.FromFilePath(path),
        };
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RdfSyntaxException(path, 0, 0, "cannot be read: " + e.Message, e);
        }
        return format.CreateReader(stream, options);
    }

    /// <summary>Every quad of a file, lazily; the file is closed when the enumeration ends.</summary>
    public static IEnumerable<Quad> ReadQuads(string path, RdfFormat? format = null, RdfReaderOptions? options = null)
    {
        using var reader = OpenReader(path, format, options);
        foreach (var quad in reader.ReadQuads()) yield return quad;
    }
}
