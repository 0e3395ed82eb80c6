using ClaimGraph.Conformance;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ClaimGraph.Conformance.Tests;

/// <summary>
/// Makes a test method run once per test of the W3C manifests named (paths relative to the suites'
/// root), each case shown by its test name and skipped where the skip list says so. The method takes
/// (string manifest, string testId). When the suites cannot be found, a single skipped case says so
/// and where it looked.
/// </summary>
[XunitTestCaseDiscoverer("ClaimGraph.Conformance.Tests.W3cSuiteDiscoverer", "ClaimGraph.Conformance.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class W3cSuiteAttribute(params string[] manifests) : FactAttribute
{
    public string[] Manifests { get; } = manifests;
}

public sealed class W3cSuiteDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var manifests = factAttribute.GetConstructorArguments().OfType<string[]>().SingleOrDefault() ?? [];

        var root = W3cSuites.FindRoot(out var lookedIn);
        if (root is null)
        {
            yield return new W3cTestCase(diagnosticMessageSink, display, displayOptions, testMethod, ["", ""],
                $"{testMethod.Method.Name}: W3C test suites not found",
                $"W3C test suites not found; set {W3cSuites.EnvironmentVariable} or place them at ../shared/w3c (looked in: {string.Join(", ", lookedIn)})");
            yield break;
        }

        var runner = SuiteCache.Runner;
        foreach (var relative in manifests)
        {
            var manifest = SuiteCache.Manifest(relative);
            foreach (var test in manifest.AllTests())
            {
                string? skip = runner.ShouldRun(test, out var reason) ? null : reason;
                yield return new W3cTestCase(diagnosticMessageSink, display, displayOptions, testMethod, [relative, test.Id], test.Name, skip);
            }
        }
    }
}

/// <summary>A test case with the W3C test's name as display name and an optional skip reason.</summary>
public sealed class W3cTestCase : XunitTestCase
{
    private string _displayName = "";
    private string? _skipReason;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public W3cTestCase() { }

    public W3cTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod,
        object[] arguments, string displayName, string? skipReason)
        : base(sink, display, displayOptions, testMethod, arguments)
    {
        _displayName = displayName;
        _skipReason = skipReason;
    }

    protected override void Initialize()
    {
        base.Initialize();
        DisplayName = _displayName;
        SkipReason = _skipReason;
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        data.AddValue("W3cDisplayName", _displayName);
        data.AddValue("W3cSkipReason", _skipReason);
        base.Serialize(data);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _displayName = data.GetValue<string>("W3cDisplayName");
        _skipReason = data.GetValue<string?>("W3cSkipReason");
        base.Deserialize(data);
    }
}
