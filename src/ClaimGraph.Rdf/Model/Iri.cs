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

    private int _hash;   // 0 until first asked; dictionaries of terms (the store's, the engine's) ask often

    public override TermKind Kind => TermKind.Iri;

    public override bool Equals(Term? other) =>
        ReferenceEquals(other, this) || (other is Iri i && string.Equals(i.Value, Value, StringComparison.Ordinal));

    public override int GetHashCode()
    {
        if (_hash == 0) _hash = NonZero(Value.GetHashCode());   // two threads may both compute it: the same value
        return _hash;
    }

    internal static int NonZero(int hash) => hash == 0 ? 1 : hash;

    public override string ToString() => NTriplesFormat.Iri(Value);
}
