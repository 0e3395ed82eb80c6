using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Xsd;

namespace ClaimGraph.Sparql.Functions;

/// <summary>
/// ORDER BY's total order (SPARQL 15.1): unbound &lt; blank nodes &lt; IRIs &lt; literals. Literals are
/// grouped by value space (numerics, strings, language strings, booleans, date/times, durations,
/// everything else) so that the order stays transitive; within a group they are ordered by value,
/// with ties broken by datatype and lexical form so the order is deterministic.
/// </summary>
internal sealed class OrderByComparer : IComparer<Term?>
{
    public int Compare(Term? x, Term? y) => ReferenceEquals(x, y) ? 0 : Compare(TermValue.Of(x), TermValue.Of(y));

    /// <summary>The same order on values already read (<see cref="TermValue"/>), so a sort parses each value once.</summary>
    public int Compare(in TermValue a, in TermValue b)
    {
        Term? x = a.Term, y = b.Term;
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        if (x.Kind != y.Kind) return x.Kind.CompareTo(y.Kind);
        switch (x)
        {
            case BlankNode bx: return string.CompareOrdinal(bx.Label, ((BlankNode)y).Label);
            case Iri ix: return TermValues.CompareCodePoints(ix.Value, ((Iri)y).Value);
        }
        var lx = (Literal)x;
        var ly = (Literal)y;
        var cx = GroupOf(a.Category);
        var cy = GroupOf(b.Category);
        if (cx != cy) return cx.CompareTo(cy);
        int byValue = cx switch
        {
            0 => CompareNumerics(a.Numeric, b.Numeric),
            1 => TermValues.CompareCodePoints(lx.Lexical, ly.Lexical),
            2 => CompareThen(TermValues.CompareCodePoints(lx.Lexical, ly.Lexical),
                             string.Compare(lx.Language, ly.Language, StringComparison.OrdinalIgnoreCase)),
            3 or 4 or 5 => Operators.ValueCompare(a, b) ?? 0,
            _ => 0,
        };
        if (byValue != 0) return byValue;
        int byType = TermValues.CompareCodePoints(lx.Datatype.Value, ly.Datatype.Value);
        return byType != 0 ? byType : TermValues.CompareCodePoints(lx.Lexical, ly.Lexical);
    }

    private static int CompareThen(int first, int second) => first != 0 ? first : second;

    /// <summary>NaN sorts before every other number so that the order stays total.</summary>
    private static int CompareNumerics(in XsdNumeric x, in XsdNumeric y)
    {
        if (x.IsNaN || y.IsNaN) return x.IsNaN == y.IsNaN ? 0 : x.IsNaN ? -1 : 1;
        return XsdNumeric.Compare(x, y) ?? 0;
    }

    private static int GroupOf(ValueCategory category) => category switch
    {
        ValueCategory.Numeric => 0,
        ValueCategory.String => 1,
        ValueCategory.LangString => 2,
        ValueCategory.Boolean => 3,
        ValueCategory.DateTime => 4,
        ValueCategory.Duration => 5,
        _ => 6,
    };
}
