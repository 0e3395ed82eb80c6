using System.Collections.Concurrent;
using ClaimGraph.Conformance;

namespace ClaimGraph.Conformance.Tests;

/// <summary>Manifests are read once per test run; the runner uses the skip list next to the tests.</summary>
internal static class SuiteCache
{
    private static readonly ConcurrentDictionary<string, Manifest> Manifests = new(StringComparer.Ordinal);
    private static readonly Lazy<ManifestRunner> LazyRunner = new(() =>
        new ManifestRunner(TestHandlerRegistry.CreateDefault(), SkipList.Load(Path.Combine(AppContext.BaseDirectory, "w3c-skip-list.txt"))));

    public static ManifestRunner Runner => LazyRunner.Value;

    public static Manifest Manifest(string relativePath) =>
        Manifests.GetOrAdd(relativePath, p =>
        {
            var root = W3cSuites.FindRoot(out _) ?? throw new InvalidOperationException("W3C test suites not found");
            return ManifestLoader.Load(Path.Combine(root, p));
        });

    public static TestCase Test(string manifest, string testId) =>
        Manifest(manifest).AllTests().First(t => t.Id == testId);
}
