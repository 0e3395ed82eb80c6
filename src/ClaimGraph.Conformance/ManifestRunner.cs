using System.Diagnostics;

namespace ClaimGraph.Conformance;

/// <summary>Runs tests through the handler registered for their type; free of any knowledge of what they test.</summary>
public sealed class ManifestRunner(TestHandlerRegistry registry, SkipList? skipList = null)
{
    private readonly SkipList _skipList = skipList ?? SkipList.Empty;

    /// <summary>Whether the test will be run; when not, why (skip list, or no handler for its type).</summary>
    public bool ShouldRun(TestCase test, out string skipReason)
    {
        if (_skipList.TryGetReason(test.Id, out skipReason)) return false;
        if (!registry.TryGet(test.Type, out _))
        {
            skipReason = "no handler for test type " + (test.Type.Length == 0 ? "(none)" : test.Type);
            return false;
        }
        skipReason = "";
        return true;
    }

    public TestResult Run(TestCase test)
    {
        var date = DateTimeOffset.UtcNow;
        if (!ShouldRun(test, out var skipReason)) return new TestResult(test, TestOutcome.Skip(skipReason), TimeSpan.Zero, date);
        registry.TryGet(test.Type, out var handler);
        var clock = Stopwatch.StartNew();
        TestOutcome outcome;
        try
        {
            outcome = handler(test);
        }
        catch (Exception e)
        {
            outcome = TestOutcome.Fail($"{e.GetType().Name}: {e.Message}");
        }
        return new TestResult(test, outcome, clock.Elapsed, date);
    }

    /// <summary>Every test of the manifest and of the manifests it includes, in order.</summary>
    public IReadOnlyList<TestResult> RunAll(Manifest manifest) => manifest.AllTests().Select(Run).ToList();
}
