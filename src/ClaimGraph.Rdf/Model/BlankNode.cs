namespace ClaimGraph.Rdf.Model;

/// <summary>A blank node, identified by its label within one document or store.</summary>
public sealed class BlankNode : Term
{
    private static long _counter;

    public BlankNode(string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        Label = label;
    }

    /// <summary>A blank node with a fresh label, unique within this process.</summary>
    public static BlankNode Fresh() => new("b" + Interlocked.Increment(ref _counter).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public string Label { get; }

    public override TermKind Kind => TermKind.BlankNode;

    public override bool Equals(Term? other) => other is BlankNode b && string.Equals(b.Label, Label, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(1, Label);

    public override string ToString() => "_:" + Label;
}
