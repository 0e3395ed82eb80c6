namespace ClaimGraph.Rdf.Model;

/// <summary>What kind of RDF term a <see cref="Term"/> is. The order is SPARQL's ORDER BY order of kinds.</summary>
public enum TermKind : byte
{
    BlankNode = 1,
    Iri = 2,
    Literal = 3,
}

/// <summary>
/// An RDF term: an IRI, a blank node or a literal. Terms are immutable; equality is RDF term
/// equality (SPARQL's sameTerm): same kind, same characters, language tags compared case-insensitively.
/// <see cref="ToString"/> gives the N-Triples form.
/// </summary>
public abstract class Term : IEquatable<Term>
{
    private protected Term() { }

    public abstract TermKind Kind { get; }

    public bool IsIri => Kind == TermKind.Iri;
    public bool IsBlankNode => Kind == TermKind.BlankNode;
    public bool IsLiteral => Kind == TermKind.Literal;

    public abstract bool Equals(Term? other);
    public sealed override bool Equals(object? obj) => obj is Term t && Equals(t);
    public abstract override int GetHashCode();

    /// <summary>The N-Triples form; never null (each kind of term defines it).</summary>
    public abstract override string ToString();

    public static bool operator ==(Term? a, Term? b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(Term? a, Term? b) => !(a == b);
}
