namespace ClaimGraph.Conformance;

/// <summary>Runs the tests of one or more types. Throwing counts as failing, with the exception's message as the reason.</summary>
public delegate TestOutcome TestHandler(TestCase test);

/// <summary>
/// A group of handlers (e.g. the RDF syntax tests, the SPARQL tests). Every class implementing this in
/// the Conformance assembly, with a parameterless constructor, is registered by
/// <see cref="TestHandlerRegistry.CreateDefault"/>: adding a suite touches only its own file.
/// </summary>
public interface ITestHandlerModule
{
    void Register(TestHandlerRegistry registry);
}

/// <summary>Handlers by test type IRI. The runner knows nothing about what the tests test.</summary>
public sealed class TestHandlerRegistry
{
    private readonly Dictionary<string, TestHandler> _handlers = new(StringComparer.Ordinal);

    public void Register(string testTypeIri, TestHandler handler) => _handlers[testTypeIri] = handler;

    public bool TryGet(string testTypeIri, out TestHandler handler) => _handlers.TryGetValue(testTypeIri, out handler!);

    public IReadOnlyCollection<string> TestTypes => _handlers.Keys;

    /// <summary>A registry holding every <see cref="ITestHandlerModule"/> of this assembly.</summary>
    public static TestHandlerRegistry CreateDefault()
    {
        var registry = new TestHandlerRegistry();
        var modules = typeof(TestHandlerRegistry).Assembly.GetTypes()
            .Where(t => typeof(ITestHandlerModule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in modules) ((ITestHandlerModule)Activator.CreateInstance(type)!).Register(registry);
        return registry;
    }
}
