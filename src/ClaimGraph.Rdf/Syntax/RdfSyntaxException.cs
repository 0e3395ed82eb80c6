namespace ClaimGraph.Rdf.Syntax;

/// <summary>
/// The one error every RDF reader throws: bad syntax, invalid UTF-8, or an input that cannot be read
/// as RDF at all (missing file, folder, unknown format). <see cref="Message"/> is one line,
/// "source:line:column: reason", ready to show a user.
/// </summary>
public sealed class RdfSyntaxException : Exception
{
    public RdfSyntaxException(string? sourceName, int line, int column, string reason, Exception? inner = null)
        : base(Format(sourceName, line, column, reason), inner)
    {
        SourceName = sourceName;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The file name (or other name the caller gave the input), or null.</summary>
    public string? SourceName { get; }

    /// <summary>1-based line, or 0 when the problem has no position (e.g. a missing file).</summary>
    public int Line { get; }

    /// <summary>1-based column in UTF-16 code units, or 0 when the problem has no position.</summary>
    public int Column { get; }

    /// <summary>What went wrong, without the position.</summary>
    public string Reason { get; }

    private static string Format(string? sourceName, int line, int column, string reason)
    {
        string where = sourceName ?? "<input>";
        return line > 0 ? $"{where}:{line}:{column}: {reason}" : $"{where}: {reason}";
    }
}
