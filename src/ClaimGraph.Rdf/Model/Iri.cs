namespace ClaimGraph.Rdf.Model;

/// <summary>An absolute IRI, held as its string. Resolution of relative references is done by the readers, never here.</summary>
public sealed class Iri : Term
{
    public Iri(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    public string Value { get; }

    public override TermKind Kind => TermKind.Iri;

    public override bool Equals(Term? other) => other is Iri i && string.Equals(i.Value, Value, StringComparison.Ordinal);

    public override int GetHashCode() => Value.GetHashCode();

    public override string ToString() => NTriplesFormat.Iri(Value);
}
