using System.Text;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Xsd;

namespace ClaimGraph.Sparql.Results;

/// <summary>
/// SPARQL 1.1 CSV results (text/csv): a header of variable names, then values only (IRIs and
/// lexical forms, blank nodes as _:label), quoted when needed, lines ended by CRLF. Lossy by design.
/// </summary>
public sealed class SparqlCsvWriter : IResultsWriter
{
    public string MediaType => "text/csv";

    public bool CanWrite(QueryResult result) => result is SolutionsResult or BooleanResult;

    public void Write(QueryResult result, TextWriter output)
    {
        if (result is BooleanResult b)
        {
            output.Write("_askResult\r\n" + (b.Value ? "true" : "false") + "\r\n");
            return;
        }
        if (result is not SolutionsResult s) throw new ArgumentException("CSV holds SELECT and ASK results only", nameof(result));
        output.Write(string.Join(",", s.Variables.Select(Quote)) + "\r\n");
        var line = new StringBuilder();
        foreach (var row in s.Rows)
        {
            line.Clear();
            for (int i = 0; i < row.Length; i++)
            {
                if (i > 0) line.Append(',');
                line.Append(row[i] switch
                {
                    Iri iri => Quote(iri.Value),
                    BlankNode bn => "_:" + bn.Label,
                    Literal l => Quote(l.Lexical),
                    _ => "",
                });
            }
            output.Write(line.Append("\r\n").ToString());
        }
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}

/// <summary>Reads CSV results as text cells: a header and rows of strings ("" for unbound).</summary>
public static class SparqlCsvReader
{
    public static (IReadOnlyList<string> Header, List<string[]> Rows) ReadCells(TextReader input)
    {
        var records = new List<string[]>();
        var record = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false, any = false;
        int c;
        while ((c = input.Read()) >= 0)
        {
            char ch = (char)c;
            any = true;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (input.Peek() == '"') { input.Read(); cell.Append('"'); }
                    else quoted = false;
                }
                else cell.Append(ch);
                continue;
            }
            switch (ch)
            {
                case '"': quoted = true; break;
                case ',': record.Add(cell.ToString()); cell.Clear(); break;
                case '\r': break;
                case '\n':
                    record.Add(cell.ToString());
                    cell.Clear();
                    records.Add(record.ToArray());
                    record.Clear();
                    any = false;
                    break;
                default: cell.Append(ch); break;
            }
        }
        if (any) { record.Add(cell.ToString()); records.Add(record.ToArray()); }
        if (records.Count == 0) return ([], []);
        return (records[0], records.Skip(1).ToList());
    }
}

/// <summary>
/// SPARQL 1.1 TSV results (text/tab-separated-values): a header of ?variables, then terms in Turtle
/// syntax (integers, decimals and doubles in their short form where the lexical form allows it).
/// </summary>
public sealed class SparqlTsvWriter : IResultsWriter
{
    public string MediaType => "text/tab-separated-values";

    public bool CanWrite(QueryResult result) => result is SolutionsResult or BooleanResult;

    public void Write(QueryResult result, TextWriter output)
    {
        if (result is BooleanResult b)
        {
            output.Write("?_askResult\n" + (b.Value ? "true" : "false") + "\n");
            return;
        }
        if (result is not SolutionsResult s) throw new ArgumentException("TSV holds SELECT and ASK results only", nameof(result));
        output.Write(string.Join("\t", s.Variables.Select(v => "?" + v)) + "\n");
        var line = new StringBuilder();
        foreach (var row in s.Rows)
        {
            line.Clear();
            for (int i = 0; i < row.Length; i++)
            {
                if (i > 0) line.Append('\t');
                if (row[i] is Term t) AppendTerm(line, t);
            }
            output.Write(line.Append('\n').ToString());
        }
    }

    internal static void AppendTerm(StringBuilder sb, Term term)
    {
        if (term is Literal l && TurtleShortForm(l) is string shortForm)
        {
            sb.Append(shortForm);
            return;
        }
        if (term is Literal lit)
        {
            sb.Append('"');
            foreach (char c in lit.Lexical)
            {
                sb.Append(c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => c.ToString(),
                });
            }
            sb.Append('"');
            if (lit.Language is string lang) sb.Append('@').Append(lang);
            else if (!lit.Datatype.Equals(Vocab.Xsd.String)) sb.Append("^^").Append(NTriplesFormat.Iri(lit.Datatype.Value));
            return;
        }
        sb.Append(term.ToString());
    }

    /// <summary>The bare Turtle form of an integer, decimal, double or boolean when its lexical form is already one.</summary>
    private static string? TurtleShortForm(Literal l)
    {
        var dt = l.Datatype;
        string s = l.Lexical;
        if (dt.Equals(Vocab.Xsd.Integer)) return XsdNumeric.TryParseInteger(s, out _) ? s : null;
        if (dt.Equals(Vocab.Xsd.Decimal)) return XsdNumeric.TryParseDecimal(s, out _) && s.Contains('.') && !s.EndsWith('.') ? s : null;
        if (dt.Equals(Vocab.Xsd.Double))
            return s.IndexOfAny(['e', 'E']) > 0 && XsdNumeric.TryParseFloating(s, false, out _) && !s.Contains("INF") && !s.Contains("NaN") ? s : null;
        if (dt.Equals(Vocab.Xsd.Boolean)) return s is "true" or "false" ? s : null;
        return null;
    }
}

/// <summary>Reads TSV results: each cell is a Turtle term (IRI, blank node, literal, bare number or boolean).</summary>
public sealed class SparqlTsvReader : IResultsReader
{
    public QueryResult Read(TextReader input)
    {
        string? header = input.ReadLine();
        if (header is null) return new SolutionsResult([], []);
        var variables = header.Split('\t').Select(v => v.TrimStart('?', '$')).Where(v => v.Length > 0).ToList();
        if (variables.Count == 1 && variables[0] == "_askResult")
            return new BooleanResult(input.ReadLine()?.Trim() == "true");
        var rows = new List<Term?[]>();
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            if (line.Length == 0 && variables.Count > 0) { rows.Add(new Term?[variables.Count]); continue; }
            var cells = line.Split('\t');
            var row = new Term?[variables.Count];
            for (int i = 0; i < Math.Min(cells.Length, row.Length); i++)
                row[i] = cells[i].Length == 0 ? null : TurtleTerm.Parse(cells[i].Trim());
            rows.Add(row);
        }
        return new SolutionsResult(variables, rows);
    }
}
