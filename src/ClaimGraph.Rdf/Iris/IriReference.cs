using System.Text;

namespace ClaimGraph.Rdf.Iris;

/// <summary>
/// An IRI reference split into its five RFC 3986 components (section 3), with reference resolution
/// (section 5.2). Written here rather than taken from System.Uri, which normalises IRIs in ways RDF
/// forbids (RDF compares IRIs character by character).
/// A component that is absent is null; an empty one (as in "http://a/b?") is the empty string.
/// </summary>
public sealed class IriReference
{
    public IriReference(string? scheme, string? authority, string path, string? query, string? fragment)
    {
        ArgumentNullException.ThrowIfNull(path);
        Scheme = scheme;
        Authority = authority;
        Path = path;
        Query = query;
        Fragment = fragment;
    }

    public string? Scheme { get; }
    public string? Authority { get; }
    public string Path { get; }
    public string? Query { get; }
    public string? Fragment { get; }

    /// <summary>True when the reference has a scheme, i.e. is an IRI rather than a relative reference.</summary>
    public bool IsAbsolute => Scheme is not null;

    /// <summary>Splits a reference into components, as the regular expression of RFC 3986 appendix B does.</summary>
    public static IriReference Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int position = 0;
        string? scheme = null;
        int schemeLength = SchemeLength(text);
        if (schemeLength > 0)
        {
            scheme = text[..schemeLength];
            position = schemeLength + 1;
        }

        string? authority = null;
        if (string.CompareOrdinal(text, position, "//", 0, 2) == 0)
        {
            int start = position + 2;
            int end = text.IndexOfAny(['/', '?', '#'], start);
            if (end < 0) end = text.Length;
            authority = text[start..end];
            position = end;
        }

        int pathEnd = text.IndexOfAny(['?', '#'], position);
        if (pathEnd < 0) pathEnd = text.Length;
        string path = text[position..pathEnd];
        position = pathEnd;

        string? query = null;
        if (position < text.Length && text[position] == '?')
        {
            int end = text.IndexOf('#', position + 1);
            if (end < 0) end = text.Length;
            query = text[(position + 1)..end];
            position = end;
        }

        string? fragment = position < text.Length ? text[(position + 1)..] : null;
        return new IriReference(scheme, authority, path, query, fragment);
    }

    /// <summary>The length of a valid scheme at the start of the text (followed by ':'), or 0 when there is none.</summary>
    public static int SchemeLength(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || !char.IsAsciiLetter(text[0])) return 0;
        for (int i = 1; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ':') return i;
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return 0;
        }
        return 0;
    }

    /// <summary>True when the text starts with a scheme, i.e. is an absolute IRI (possibly with a fragment).</summary>
    public static bool HasScheme(ReadOnlySpan<char> text) => SchemeLength(text) > 0;

    /// <summary>Resolves this reference against an absolute base (RFC 3986 section 5.2.2, strict).</summary>
    public IriReference ResolveAgainst(IriReference baseIri)
    {
        ArgumentNullException.ThrowIfNull(baseIri);
        if (Scheme is not null)
            return new IriReference(Scheme, Authority, RemoveDotSegments(Path), Query, Fragment);
        if (Authority is not null)
            return new IriReference(baseIri.Scheme, Authority, RemoveDotSegments(Path), Query, Fragment);
        if (Path.Length == 0)
            return new IriReference(baseIri.Scheme, baseIri.Authority, baseIri.Path, Query ?? baseIri.Query, Fragment);
        string path = Path[0] == '/' ? RemoveDotSegments(Path) : RemoveDotSegments(Merge(baseIri, Path));
        return new IriReference(baseIri.Scheme, baseIri.Authority, path, Query, Fragment);
    }

    /// <summary>
    /// Resolves a reference against a base IRI. An absolute reference is returned exactly as written:
    /// RDF keeps IRIs as written, so only relative references are resolved.
    /// </summary>
    public static string Resolve(string baseIri, string reference) =>
        HasScheme(reference) ? reference : Parse(reference).ResolveAgainst(Parse(baseIri)).ToString();

    /// <summary>Section 5.2.3: the base path up to its last '/', followed by the reference path.</summary>
    private static string Merge(IriReference baseIri, string referencePath)
    {
        if (baseIri.Authority is not null && baseIri.Path.Length == 0) return "/" + referencePath;
        int lastSlash = baseIri.Path.LastIndexOf('/');
        return lastSlash < 0 ? referencePath : string.Concat(baseIri.Path.AsSpan(0, lastSlash + 1), referencePath);
    }

    /// <summary>Section 5.2.4: removes "." and ".." segments from a path.</summary>
    public static string RemoveDotSegments(string path)
    {
        if (!path.Contains('.')) return path;
        var output = new StringBuilder(path.Length);
        var input = path.AsSpan();
        while (input.Length > 0)
        {
            if (input.StartsWith("../")) input = input[3..];                       // A
            else if (input.StartsWith("./")) input = input[2..];                   // A
            else if (input.StartsWith("/./")) input = input[2..];                  // B: "/./x" -> "/x"
            else if (input.SequenceEqual("/.")) input = "/";                        // B
            else if (input.StartsWith("/../")) { input = input[3..]; RemoveLastSegment(output); }   // C
            else if (input.SequenceEqual("/..")) { input = "/"; RemoveLastSegment(output); }         // C
            else if (input.SequenceEqual(".") || input.SequenceEqual("..")) input = default;        // D
            else
            {                                                                        // E: move one segment
                int next = input[1..].IndexOf('/');
                int length = next < 0 ? input.Length : next + 1;
                output.Append(input[..length]);
                input = input[length..];
            }
        }
        return output.ToString();
    }

    private static void RemoveLastSegment(StringBuilder output)
    {
        int i = output.Length - 1;
        while (i >= 0 && output[i] != '/') i--;
        output.Length = Math.Max(i, 0);
    }

    /// <summary>Section 5.3: recomposes the components into a string.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if (Scheme is not null) sb.Append(Scheme).Append(':');
        if (Authority is not null) sb.Append("//").Append(Authority);
        sb.Append(Path);
        if (Query is not null) sb.Append('?').Append(Query);
        if (Fragment is not null) sb.Append('#').Append(Fragment);
        return sb.ToString();
    }

    /// <summary>
    /// The file: IRI of a local path (absolute or relative to the working directory), percent-encoding
    /// what an IRI cannot hold raw.
    /// </summary>
    public static string FromFilePath(string path)
    {
        string full = System.IO.Path.GetFullPath(path).Replace('\\', '/');
        if (!full.StartsWith('/')) full = "/" + full;        // Windows drive letters: file:///C:/...
        var sb = new StringBuilder("file://", full.Length + 8);
        foreach (char c in full)
        {
            if (c <= 0x20 || c is '%' or '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '?' or '#' or '[' or ']')
                sb.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else
                sb.Append(c);
        }
        return sb.ToString();
    }
}
