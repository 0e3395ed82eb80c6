namespace ClaimGraph.Sparql;

/// <summary>A query or update that does not parse, or breaks a scope rule. Line and column are 1-based.</summary>
public sealed class SparqlSyntaxException(string message, int line, int column)
    : Exception($"{line}:{column}: {message}")
{
    public int Line { get; } = line;
    public int Column { get; } = column;

    /// <summary>What was wrong, without the position.</summary>
    public string Reason { get; } = message;
}
