using ClaimGraph.Sparql.Algebra;

namespace ClaimGraph.Sparql;

public enum QueryForm { Select, Ask, Construct, Describe }

/// <summary>
/// A parsed query: its form, prologue, dataset clauses and its algebra (section 18 translation,
/// solution modifiers and projection included). <see cref="ToString"/> prints the algebra.
/// </summary>
public sealed class Query
{
    public required QueryForm Form { get; init; }

    public string? BaseIri { get; init; }

    /// <summary>The PREFIX declarations, prefix (without ':') to namespace IRI.</summary>
    public IReadOnlyDictionary<string, string> Prefixes { get; init; } = new Dictionary<string, string>();

    /// <summary>FROM IRIs: when any are given, their merge is the default graph.</summary>
    public IReadOnlyList<string> DefaultGraphIris { get; init; } = Array.Empty<string>();

    /// <summary>FROM NAMED IRIs: when any FROM or FROM NAMED is given, these are the only named graphs.</summary>
    public IReadOnlyList<string> NamedGraphIris { get; init; } = Array.Empty<string>();

    public bool HasDatasetClause => DefaultGraphIris.Count > 0 || NamedGraphIris.Count > 0;

    /// <summary>SELECT: the result variables in order (for SELECT *, the visible in-scope variables).</summary>
    public IReadOnlyList<string> ResultVariables { get; init; } = Array.Empty<string>();

    /// <summary>The algebra of the whole query (for CONSTRUCT/DESCRIBE/ASK: the pattern with its modifiers).</summary>
    public required Op Algebra { get; init; }

    /// <summary>CONSTRUCT: the template. Blank nodes in it are <see cref="ClaimGraph.Rdf.Model.BlankNode"/> constants, fresh per solution.</summary>
    public IReadOnlyList<TriplePattern> ConstructTemplate { get; init; } = Array.Empty<TriplePattern>();

    /// <summary>DESCRIBE: the resources and variables named (empty for DESCRIBE *, which describes every variable).</summary>
    public IReadOnlyList<Node> DescribeTargets { get; init; } = Array.Empty<Node>();

    public override string ToString() => Algebra.ToString();
}
