using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Rdf.Syntax;

/// <summary>
/// Blank nodes of one document. By default every label is mapped to a fresh process-unique node, so two
/// documents loaded together never share a blank node; with <see cref="RdfReaderOptions.KeepBlankNodeLabels"/>
/// labels stay as written (for conversion), and unlabelled nodes get labels "_anonN", which written
/// documents practically never use.
/// </summary>
internal sealed class BlankNodeScope(bool keepLabels)
{
    private readonly Dictionary<string, BlankNode> _byLabel = new(StringComparer.Ordinal);
    private int _anonymous;

    public BlankNode Labelled(ReadOnlySpan<char> label)
    {
        var lookup = _byLabel.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(label, out var node)) return node;
        string text = label.ToString();
        node = keepLabels ? new BlankNode(text) : BlankNode.Fresh();
        _byLabel[text] = node;
        return node;
    }

    public BlankNode Anonymous() =>
        keepLabels ? new BlankNode("_anon" + (++_anonymous).ToString(System.Globalization.CultureInfo.InvariantCulture)) : BlankNode.Fresh();
}

/// <summary>Reuses <see cref="Iri"/> objects for repeated IRIs, looked up without allocating a string.</summary>
internal sealed class IriCache
{
    // Claim-like data repeats predicates, types and datatypes constantly; subjects rarely. Bounded so a
    // file of unique IRIs does not keep them all alive.
    private const int MaxEntries = 1 << 16;
    private readonly Dictionary<string, Iri> _iris = new(StringComparer.Ordinal);

    public Iri Get(ReadOnlySpan<char> value)
    {
        var lookup = _iris.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out var iri)) return iri;
        if (_iris.Count >= MaxEntries) _iris.Clear();
        iri = new Iri(value.ToString());
        _iris[iri.Value] = iri;
        return iri;
    }

    public Iri Get(string value)
    {
        if (_iris.TryGetValue(value, out var iri)) return iri;
        if (_iris.Count >= MaxEntries) _iris.Clear();
        iri = new Iri(value);
        _iris[value] = iri;
        return iri;
    }
}
