using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Sparql.Results;

/// <summary>SPARQL 1.1 Query Results JSON Format (application/sparql-results+json), written row by row.</summary>
public sealed class SparqlJsonWriter : IResultsWriter
{
    public string MediaType => "application/sparql-results+json";

    public bool CanWrite(QueryResult result) => result is SolutionsResult or BooleanResult;

    public void Write(QueryResult result, TextWriter output)
    {
        switch (result)
        {
            case BooleanResult b:
                output.Write("{\"head\":{},\"boolean\":");
                output.Write(b.Value ? "true" : "false");
                output.WriteLine("}");
                return;
            case SolutionsResult s:
                WriteSolutions(s, output);
                return;
            default:
                throw new ArgumentException("SPARQL JSON results hold SELECT and ASK results only", nameof(result));
        }
    }

    private static void WriteSolutions(SolutionsResult result, TextWriter output)
    {
        output.Write("{\"head\":{\"vars\":[");
        for (int i = 0; i < result.Variables.Count; i++)
        {
            if (i > 0) output.Write(',');
            WriteString(output, result.Variables[i]);
        }
        output.WriteLine("]},\"results\":{\"bindings\":[");
        bool firstRow = true;
        foreach (var row in result.Rows)
        {
            if (!firstRow) output.WriteLine(',');
            firstRow = false;
            output.Write('{');
            bool firstBinding = true;
            for (int i = 0; i < row.Length; i++)
            {
                if (row[i] is not Term term) continue;
                if (!firstBinding) output.Write(',');
                firstBinding = false;
                WriteString(output, result.Variables[i]);
                output.Write(':');
                WriteTerm(output, term);
            }
            output.Write('}');
        }
        output.WriteLine();
        output.WriteLine("]}}");
    }

    private static void WriteTerm(TextWriter output, Term term)
    {
        switch (term)
        {
            case Iri iri:
                output.Write("{\"type\":\"uri\",\"value\":");
                WriteString(output, iri.Value);
                break;
            case BlankNode b:
                output.Write("{\"type\":\"bnode\",\"value\":");
                WriteString(output, b.Label);
                break;
            case Literal l:
                output.Write("{\"type\":\"literal\",\"value\":");
                WriteString(output, l.Lexical);
                if (l.Language is string lang)
                {
                    output.Write(",\"xml:lang\":");
                    WriteString(output, lang);
                }
                else if (!l.Datatype.Equals(Vocab.Xsd.String))
                {
                    output.Write(",\"datatype\":");
                    WriteString(output, l.Datatype.Value);
                }
                break;
        }
        output.Write('}');
    }

    private static void WriteString(TextWriter output, string value)
    {
        output.Write('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': output.Write("\\\""); break;
                case '\\': output.Write("\\\\"); break;
                case '\n': output.Write("\\n"); break;
                case '\r': output.Write("\\r"); break;
                case '\t': output.Write("\\t"); break;
                default:
                    if (c < 0x20) output.Write("\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else output.Write(c);
                    break;
            }
        }
        output.Write('"');
    }
}

/// <summary>Reads the SPARQL JSON results format (SELECT and ASK). Also accepts the old "typed-literal" type.</summary>
public sealed class SparqlJsonReader : IResultsReader
{
    public QueryResult Read(TextReader input)
    {
        using var doc = JsonDocument.Parse(input.ReadToEnd());
        var root = doc.RootElement;
        if (root.TryGetProperty("boolean", out var boolean)) return new BooleanResult(boolean.GetBoolean());
        var variables = new List<string>();
        if (root.TryGetProperty("head", out var head) && head.TryGetProperty("vars", out var vars))
            foreach (var v in vars.EnumerateArray()) variables.Add(v.GetString()!);
        // Variables missing from the head (seen in some files) are added as they appear in bindings.
        var bindingsRead = new List<Dictionary<string, Term>>();
        if (root.TryGetProperty("results", out var results) && results.TryGetProperty("bindings", out var bindings))
        {
            foreach (var binding in bindings.EnumerateArray())
            {
                var map = new Dictionary<string, Term>(StringComparer.Ordinal);
                foreach (var property in binding.EnumerateObject())
                {
                    if (!variables.Contains(property.Name)) variables.Add(property.Name);
                    map[property.Name] = ReadTerm(property.Value);
                }
                bindingsRead.Add(map);
            }
        }
        var rows = bindingsRead.Select(map => variables.Select(v => map.GetValueOrDefault(v)).ToArray()).ToList();
        return new SolutionsResult(variables, rows);
    }

    private static Term ReadTerm(JsonElement e)
    {
        string type = e.GetProperty("type").GetString()!;
        string value = e.GetProperty("value").GetString()!;
        switch (type)
        {
            case "uri": return new Iri(value);
            case "bnode": return new BlankNode(value);
            case "literal" or "typed-literal":
                if (e.TryGetProperty("xml:lang", out var lang)) return Literal.LangTagged(value, lang.GetString()!);
                if (e.TryGetProperty("datatype", out var dt))
                {
                    var datatype = new Iri(dt.GetString()!);
                    return datatype.Equals(Vocab.Xsd.String) ? Literal.String(value) : Literal.Typed(value, datatype);
                }
                return Literal.String(value);
            default: throw new FormatException("unknown term type in SPARQL JSON results: " + type);
        }
    }
}
