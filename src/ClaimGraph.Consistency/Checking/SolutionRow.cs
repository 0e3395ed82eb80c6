using System.Globalization;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql.Results;

namespace ClaimGraph.Consistency.Checking;

/// <summary>Reads one solution of a <see cref="SolutionsResult"/> by variable name, converting terms to .NET values.</summary>
internal sealed class SolutionColumns
{
    private readonly Dictionary<string, int> _index;

    public SolutionColumns(IReadOnlyList<string> variables)
    {
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < variables.Count; i++) _index[variables[i]] = i;
    }

    public Term? Term(Term?[] row, string variable) =>
        _index.TryGetValue(variable, out int i) && i < row.Length ? row[i] : null;

    /// <summary>The IRI's string, a literal's lexical form, or a blank node's label.</summary>
    public string? Text(Term?[] row, string variable) => Term(row, variable) switch
    {
        Iri iri => iri.Value,
        Literal literal => literal.Lexical,
        BlankNode blank => "_:" + blank.Label,
        _ => null,
    };

    public decimal? Decimal(Term?[] row, string variable) => ParseDecimal(Text(row, variable));

    public DateOnly? Date(Term?[] row, string variable) => ParseDate(Text(row, variable));

    public bool? Boolean(Term?[] row, string variable) => Text(row, variable)?.Trim() switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => null,
    };

    public static decimal? ParseDecimal(string? lexical)
    {
        if (lexical is null) return null;
        if (decimal.TryParse(lexical, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
        // doubles such as 1.2E7 beyond decimal's exponent range, INF, NaN
        return double.TryParse(lexical, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
               && Math.Abs(d) < 7.9e28 ? (decimal)d : null;
    }

    /// <summary>xsd:date or xsd:dateTime lexical forms; the time and time zone are dropped.</summary>
    public static DateOnly? ParseDate(string? lexical)
    {
        if (lexical is null || lexical.Length < 10) return null;
        return DateOnly.TryParseExact(lexical.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;
    }
}
