using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Sparql.Algebra;

/// <summary>A property path expression (SPARQL 1.1 section 9).</summary>
public abstract record PropertyPath;

public sealed record LinkPath(Iri Iri) : PropertyPath;
public sealed record InversePath(PropertyPath Inner) : PropertyPath;
public sealed record SequencePath(PropertyPath First, PropertyPath Second) : PropertyPath;
public sealed record AlternativePath(PropertyPath First, PropertyPath Second) : PropertyPath;
public sealed record ZeroOrMorePath(PropertyPath Inner) : PropertyPath;
public sealed record OneOrMorePath(PropertyPath Inner) : PropertyPath;
public sealed record ZeroOrOnePath(PropertyPath Inner) : PropertyPath;

/// <summary>!(a|^b): any predicate not among <see cref="Forward"/> (forwards) or <see cref="Inverse"/> (backwards).</summary>
public sealed record NegatedPropertySetPath(IReadOnlyList<Iri> Forward, IReadOnlyList<Iri> Inverse) : PropertyPath;
