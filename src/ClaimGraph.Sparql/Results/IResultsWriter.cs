namespace ClaimGraph.Sparql.Results;

/// <summary>Writes a query result in one format, streaming the rows (it enumerates them once, as it writes).</summary>
public interface IResultsWriter
{
    /// <summary>The format's media type, e.g. "application/sparql-results+json".</summary>
    string MediaType { get; }

    /// <summary>True when the writer can write this kind of result (SELECT/ASK formats cannot write graphs, and the reverse).</summary>
    bool CanWrite(QueryResult result);

    void Write(QueryResult result, TextWriter output);
}

/// <summary>Reads a SELECT or ASK result in one format; the rows are read whole.</summary>
public interface IResultsReader
{
    QueryResult Read(TextReader input);
}
