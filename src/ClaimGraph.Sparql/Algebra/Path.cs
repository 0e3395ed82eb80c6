using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Sparql.Algebra;

/// <summary>A property path expression (SPARQL 1.1 section 9).</summary>
public abstract record Path;

public sealed record LinkPath(Iri Iri) : Path;
public sealed record InversePath(Path Inner) : Path;
public sealed record SequencePath(Path First, Path Second) : Path;
public sealed record AlternativePath(Path First, Path Second) : Path;
public sealed record ZeroOrMorePath(Path Inner) : Path;
public sealed record OneOrMorePath(Path Inner) : Path;
public sealed record ZeroOrOnePath(Path Inner) : Path;

/// <summary>!(a|^b): any predicate not among <see cref="Forward"/> (forwards) or <see cref="Inverse"/> (backwards).</summary>
public sealed record NegatedPropertySetPath(IReadOnlyList<Iri> Forward, IReadOnlyList<Iri> Inverse) : Path;
