namespace ClaimGraph.Store;

/// <summary>Reserved term ids. Real terms get ids from 16 upward.</summary>
public static class TermIds
{
    /// <summary>In a pattern: matches any term. In a graph position: any graph, the default graph included.</summary>
    public const long Any = 0;

    /// <summary>The id of the default graph in the graph position of a quad or pattern.</summary>
    public const long DefaultGraph = 1;

    /// <summary>In the graph position of a pattern: any named graph, but not the default graph.</summary>
    public const long AnyNamedGraph = 2;

    /// <summary>The first id given to a real term.</summary>
    public const long FirstTermId = 16;
}

/// <summary>A quad of dictionary ids. <see cref="Graph"/> is <see cref="TermIds.DefaultGraph"/> for the default graph.</summary>
public readonly record struct EncodedQuad(long Subject, long Predicate, long Object, long Graph) : IPendingQuad<EncodedQuad>
{
    static EncodedQuad IPendingQuad<EncodedQuad>.From(EncodedQuad quad) => quad;

    EncodedQuad IPendingQuad<EncodedQuad>.ToEncoded() => this;
}

/// <summary>
/// A quad pattern over ids: <see cref="TermIds.Any"/> in a position matches anything; in the graph
/// position <see cref="TermIds.AnyNamedGraph"/> matches every named graph and <see cref="TermIds.DefaultGraph"/>
/// only the default graph.
/// </summary>
public readonly record struct QuadPattern(long Subject, long Predicate, long Object, long Graph)
{
    public static QuadPattern All => new(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any);
}
