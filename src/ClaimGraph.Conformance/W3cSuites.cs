using ClaimGraph.Rdf.Iris;

namespace ClaimGraph.Conformance;

/// <summary>
/// Where the W3C test suites are and which IRIs their files have. The suites are a copy of the
/// w3c/rdf-tests tree, published at https://w3c.github.io/rdf-tests/; every manifest inside the tree is
/// read with the IRI it has there, which is what the suites assume (and what mf:assumedTestBase says).
/// </summary>
public static class W3cSuites
{
    public const string EnvironmentVariable = "W3C_TESTS";
    public const string PublishedRoot = "https://w3c.github.io/rdf-tests/";

    private static readonly string[] SuiteFolders = ["rdf", "sparql"];
    private static readonly string[] VersionFolders = ["rdf11", "rdf12", "sparql10", "sparql11", "sparql12"];

    /// <summary>
    /// The folder holding the suites: $W3C_TESTS if set, else ../shared/w3c next to the repository root
    /// (found by walking up from the working directory and from this assembly to ClaimGraph.sln).
    /// Null when none exists; <paramref name="lookedIn"/> lists the places tried.
    /// </summary>
    public static string? FindRoot(out IReadOnlyList<string> lookedIn)
    {
        var candidates = new List<string>();
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) candidates.Add(Path.GetFullPath(fromEnvironment));
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            var repository = FindRepositoryRoot(start);
            if (repository is not null) candidates.Add(Path.GetFullPath(Path.Combine(repository, "..", "shared", "w3c")));
        }
        lookedIn = candidates.Distinct().ToList();
        return lookedIn.FirstOrDefault(Directory.Exists);
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ClaimGraph.sln"))) return dir.FullName;
        return null;
    }

    /// <summary>
    /// The IRI a local suite file has: its published IRI when it lies in a copy of the rdf-tests tree
    /// (…/rdf/rdf11/…, …/sparql/sparql11/…), else its file: IRI.
    /// </summary>
    public static string IriOfFile(string path)
    {
        var full = Path.GetFullPath(path);
        var root = TreeRootOf(full);
        if (root is null) return IriReference.FromFilePath(full);
        return PublishedRoot + Path.GetRelativePath(root, full).Replace('\\', '/');
    }

    /// <summary>The local file of an IRI inside the tree that holds <paramref name="nearFile"/>; null when it maps nowhere.</summary>
    public static string? FileOfIri(string iri, string nearFile)
    {
        string withoutFragment = iri.Split('#')[0];
        var root = TreeRootOf(Path.GetFullPath(nearFile));
        if (root is not null && withoutFragment.StartsWith(PublishedRoot, StringComparison.Ordinal))
            return Path.Combine(root, PercentDecode(withoutFragment[PublishedRoot.Length..]));
        if (withoutFragment.StartsWith("file://", StringComparison.Ordinal))
            return PercentDecode(withoutFragment["file://".Length..]);
        return null;
    }

    private static string PercentDecode(string text)
    {
        if (!text.Contains('%')) return text;
        var bytes = new List<byte>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 2 < text.Length && Convert.FromHexString(text.AsSpan(i + 1, 2)) is [var b])
            {
                bytes.Add(b);
                i += 2;
            }
            else bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(text[i].ToString()));
        }
        return System.Text.Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>The folder above "rdf/rdf11" or "sparql/sparql11" (etc.) on the path, or null.</summary>
    private static string? TreeRootOf(string fullPath)
    {
        var parts = fullPath.Replace('\\', '/').Split('/');
        for (int i = parts.Length - 3; i >= 0; i--)
        {
            if (SuiteFolders.Contains(parts[i]) && VersionFolders.Contains(parts[i + 1]))
                return string.Join('/', parts[..i]) is { Length: > 0 } root ? root : "/";
        }
        return null;
    }
}
