namespace ClaimGraph.Conformance;

public enum TestStatus { Passed, Failed, Skipped }

/// <summary>What running one test gave: passed, or failed/skipped with the reason.</summary>
public sealed record TestOutcome(TestStatus Status, string? Reason = null)
{
    public static TestOutcome Pass { get; } = new(TestStatus.Passed);
    public static TestOutcome Fail(string reason) => new(TestStatus.Failed, reason);
    public static TestOutcome Skip(string reason) => new(TestStatus.Skipped, reason);
}

/// <summary>A test and its outcome.</summary>
public sealed record TestResult(TestCase Test, TestOutcome Outcome, TimeSpan Duration, DateTimeOffset Date);
