using System.Text.RegularExpressions;

namespace ClaimGraph.Sparql.Tests;

/// <summary>Finds the W3C test suites (env W3C_TESTS, else ../shared/w3c next to the repository root).</summary>
internal static class W3cSuite
{
    public static string? Root { get; } = FindRoot();

    private static string? FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("W3C_TESTS");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimGraph.sln")))
            {
                var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "w3c"));
                return Directory.Exists(candidate) ? candidate : null;
            }
        }
        return null;
    }

    /// <summary>
    /// The syntax tests of one manifest as (query file, must parse). Read with a light regex over the
    /// manifest (the full manifest runner lives in ClaimGraph.Conformance); enough for syntax tests,
    /// whose entries are "a mf:Positive/NegativeSyntaxTest(11); mf:action &lt;file&gt;".
    /// </summary>
    public static IEnumerable<(string File, bool Positive)> SyntaxTests(string manifestRelative)
    {
        if (Root is null) yield break;
        var manifest = Path.Combine(Root, manifestRelative);
        var text = File.ReadAllText(manifest);
        var types = Regex.Matches(text, @"(?:rdf:type|\ba)\s+mf:(\w+)").Select(m => (m.Index, m.Groups[1].Value)).ToList();
        foreach (Match action in Regex.Matches(text, @"mf:action\s+<([^>]+)>"))
        {
            var type = types.LastOrDefault(t => t.Index < action.Index).Value;
            if (type is null || !type.Contains("SyntaxTest") || type.Contains("Update")) continue;
            var file = Path.Combine(Path.GetDirectoryName(manifest)!, action.Groups[1].Value);
            if (file.EndsWith(".ru", StringComparison.Ordinal)) continue;
            yield return (file, type.StartsWith("Positive", StringComparison.Ordinal));
        }
    }
}
