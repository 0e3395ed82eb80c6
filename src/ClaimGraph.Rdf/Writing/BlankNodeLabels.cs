using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Syntax;

namespace ClaimGraph.Rdf.Writing;

/// <summary>
/// Labels for written blank nodes: a label that is valid BLANK_NODE_LABEL syntax is kept; any other
/// (e.g. one made by a query engine) is replaced by a fresh "bN" that no kept label uses.
/// </summary>
internal sealed class BlankNodeLabels
{
    private readonly Dictionary<string, string> _replaced = new(StringComparer.Ordinal);
    private int _next;

    public string Get(BlankNode node)
    {
        if (IsValidLabel(node.Label) && !node.Label.StartsWith("_r", StringComparison.Ordinal)) return node.Label;
        if (_replaced.TryGetValue(node.Label, out var label)) return label;
        label = "_r" + (++_next).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _replaced[node.Label] = label;
        return label;
    }

    public static bool IsValidLabel(string label)
    {
        if (label.Length == 0) return false;
        var s = label.AsSpan();
        int first = RdfChars.CodePointAt(s, 0, out int width);
        if (!(RdfChars.IsPnCharsU(first) || first is >= '0' and <= '9')) return false;
        for (int i = width; i < s.Length; i += width)
        {
            int c = RdfChars.CodePointAt(s, i, out width);
            if (!(RdfChars.IsPnChars(c) || c == '.')) return false;
        }
        return s[^1] != '.';
    }
}
