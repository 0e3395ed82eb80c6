using ClaimGraph.Sparql.Syntax;

namespace ClaimGraph.Sparql;

/// <summary>Entry point of the SPARQL parser.</summary>
public static class SparqlParser
{
    /// <summary>Parses a SPARQL 1.1 query. Throws <see cref="SparqlSyntaxException"/> with line, column and what was expected.</summary>
    public static Query ParseQuery(string text, string? baseIri = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new QueryParser(text, baseIri).ParseQuery();
    }
}
