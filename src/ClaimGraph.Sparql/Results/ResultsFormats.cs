namespace ClaimGraph.Sparql.Results;

/// <summary>The results formats by name (as the CLI's --format takes them) and by file extension (as the W3C tests give them).</summary>
public static class ResultsFormats
{
    /// <summary>Names of the formats for SELECT and ASK results.</summary>
    public static IReadOnlyList<string> SolutionFormats { get; } = ["json", "xml", "csv", "tsv", "table"];

    /// <summary>Names of the formats for CONSTRUCT and DESCRIBE results.</summary>
    public static IReadOnlyList<string> GraphFormats => GraphResultsWriter.FormatNames;

    /// <summary>The writer for a format name, or null when the name is unknown. Prefixes (prefix → namespace) shorten IRIs where the format can.</summary>
    public static IResultsWriter? Writer(string name, IReadOnlyDictionary<string, string>? prefixes = null) => name.ToLowerInvariant() switch
    {
        "json" or "srj" => new SparqlJsonWriter(),
        "xml" or "srx" => new SparqlXmlWriter(),
        "csv" => new SparqlCsvWriter(),
        "tsv" => new SparqlTsvWriter(),
        "table" => new TableWriter(prefixes),
        _ => GraphResultsWriter.Create(name, prefixes),
    };

    /// <summary>The reader for a results file by extension (.srj, .srx, .tsv), or null.</summary>
    public static IResultsReader? ReaderForFile(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".srj" or ".json" => new SparqlJsonReader(),
        ".srx" or ".xml" => new SparqlXmlReader(),
        ".tsv" => new SparqlTsvReader(),
        _ => null,
    };
}
