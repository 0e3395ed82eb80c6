namespace ClaimGraph.Search.Querying;

/// <summary>A query that Lucene's classic syntax cannot parse, explained in plain words with its position.</summary>
public sealed class QuerySyntaxException(string message, int column) : Exception(message)
{
    /// <summary>1-based column in the query text where the problem was found.</summary>
    public int Column { get; } = column;
}
