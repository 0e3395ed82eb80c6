using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimGraph.Consistency.Checking;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql;
using ClaimGraph.Sparql.Results;
using Spectre.Console;

namespace ClaimGraph.Cli.Commands;

/// <summary>`claimgraph claims`: every claim in the store, one per line, from queries/claims.rq.</summary>
public sealed class ClaimsVerb : IVerb
{
    public int Order => 6;

    /// <summary>Output columns: JSON key and the query variable it comes from.</summary>
    private static readonly (string Key, string Variable, ValueKind Kind)[] Columns =
    [
        ("iri", "claim", ValueKind.Text), ("article", "article", ValueKind.Text), ("published", "published", ValueKind.Text),
        ("sentence", "sentence", ValueKind.Text), ("start", "start", ValueKind.Number), ("end", "end", ValueKind.Number),
        ("text", "text", ValueKind.Text), ("value", "value", ValueKind.Number), ("valueHigh", "valueHigh", ValueKind.Number),
        ("unit", "unit", ValueKind.Text), ("bound", "bound", ValueKind.LowerFirst), ("metric", "metric", ValueKind.Text),
        ("metricLabel", "metricLabel", ValueKind.Text), ("asOf", "asOf", ValueKind.Text), ("periodStart", "periodStart", ValueKind.Text),
        ("kind", "kind", ValueKind.LowerFirst), ("metricMethod", "method", ValueKind.Text), ("confidence", "confidence", ValueKind.Number),
    ];

    private enum ValueKind { Text, Number, LowerFirst }

    public Command Build()
    {
        var store = CommonOptions.Store();
        var format = new Option<string>("--format")
        {
            Description = "jsonl (one JSON object per claim), csv, or table",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "csv", "table");
        var command = new Command("claims",
            "List every claim in the store, one per line: article, publication date, sentence, code point span, the figure as written, " +
            "value, unit, bound, metric, as-of date and kind. The rows come from the SPARQL query queries/claims.rq.")
        {
            store, format,
        };
        command.SetAction(pr => VerbRunner.Run(() => Run(pr.GetValue(store)!, pr.GetValue(format)!)));
        return command;
    }

    private static int Run(DirectoryInfo storeDirectory, string format)
    {
        if (!storeDirectory.Exists) throw new UserError($"no store at {storeDirectory.FullName}: run `claimgraph ingest PATH... --store {storeDirectory.FullName}` first");
        var query = SparqlParser.ParseQuery(QueryCatalog.Get("claims.rq").Text);
        using var quadStore = StoreOpener.Open(storeDirectory);
        using var snapshot = quadStore.OpenSnapshot();
        if (new QueryEngine().Execute(query, snapshot) is not SolutionsResult result) throw new UserError("queries/claims.rq is not a SELECT query");
        var index = result.Variables.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i);
        var rows = result.Rows.Select(row => Columns.Select(c => Value(row, index, c.Variable, c.Kind)).ToArray());

        switch (format)
        {
            case "csv": WriteCsv(rows); break;
            case "table": WriteTable(rows); break;
            default: WriteJsonLines(rows); break;
        }
        return 0;
    }

    private static string? Value(Term?[] row, Dictionary<string, int> index, string variable, ValueKind kind)
    {
        if (!index.TryGetValue(variable, out int i) || row[i] is not { } term) return null;
        var text = term switch { Iri iri => iri.Value, Literal literal => literal.Lexical, _ => term.ToString() };
        if (kind == ValueKind.Number && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return (number / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        if (kind == ValueKind.LowerFirst && text.Length > 0) return char.ToLowerInvariant(text[0]) + text[1..];
        return text;
    }

    private static void WriteJsonLines(IEnumerable<string?[]> rows)
    {
        using var stdout = Console.OpenStandardOutput();
        var newline = "\n"u8.ToArray();
        foreach (var row in rows)
        {
            using (var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                for (int c = 0; c < Columns.Length; c++)
                {
                    var (key, _, kind) = Columns[c];
                    if (row[c] is null) json.WriteNull(key);
                    else if (kind == ValueKind.Number) json.WriteNumber(key, decimal.Parse(row[c]!, CultureInfo.InvariantCulture));
                    else json.WriteString(key, row[c]);
                }
                json.WriteEndObject();
            }
            stdout.Write(newline);
        }
    }

    private static void WriteCsv(IEnumerable<string?[]> rows)
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\r\n" };
        output.WriteLine(string.Join(',', Columns.Select(c => c.Key)));
        foreach (var row in rows) output.WriteLine(string.Join(',', row.Select(Csv)));
        output.Flush();

        static string Csv(string? value) =>
            value is null ? "" : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private static void WriteTable(IEnumerable<string?[]> rows)
    {
        string[] shown = ["article", "published", "text", "value", "unit", "bound", "metricLabel", "asOf", "kind"];
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var key in shown) table.AddColumn(key);
        int[] at = shown.Select(k => Array.FindIndex(Columns, c => c.Key == k)).ToArray();
        foreach (var row in rows) table.AddRow(at.Select(i => Markup.Escape(row[i] ?? "")).ToArray());
        AnsiConsole.Write(table);
    }
}
