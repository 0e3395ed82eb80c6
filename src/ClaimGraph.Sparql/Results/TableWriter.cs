using System.Text;
using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Sparql.Results;

/// <summary>
/// A readable table for terminals: one column per variable, aligned, IRIs shortened with the query's
/// prefixes where one fits. Column widths come from the first rows (so memory stays flat on large
/// results); later, longer values are cut with "…".
/// </summary>
public sealed class TableWriter(IReadOnlyDictionary<string, string>? prefixes = null, int maxColumnWidth = 60) : IResultsWriter
{
    private const int RowsForWidths = 200;

    /// <summary>Namespace → prefix, longest namespace first, so the most specific prefix wins.</summary>
    private readonly List<(string Namespace, string Prefix)> _prefixes =
        (prefixes ?? new Dictionary<string, string>()).Select(p => (p.Value, p.Key)).OrderByDescending(p => p.Value.Length).ToList();

    public string MediaType => "text/plain";

    public bool CanWrite(QueryResult result) => result is SolutionsResult or BooleanResult;

    public void Write(QueryResult result, TextWriter output)
    {
        if (result is BooleanResult b)
        {
            output.WriteLine(b.Value ? "true" : "false");
            return;
        }
        if (result is not SolutionsResult s) throw new ArgumentException("the table holds SELECT and ASK results only", nameof(result));
        int columns = s.Variables.Count;
        var widths = s.Variables.Select(v => Math.Min(maxColumnWidth, v.Length + 1)).ToArray();
        var head = new List<string[]>();
        using var rows = s.Rows.GetEnumerator();
        bool more;
        while ((more = rows.MoveNext()) && head.Count < RowsForWidths)
        {
            var cells = rows.Current.Select(Show).ToArray();
            for (int i = 0; i < columns; i++) widths[i] = Math.Max(widths[i], Math.Min(maxColumnWidth, cells[i].Length));
            head.Add(cells);
        }
        string rule = "+" + string.Join("+", widths.Select(w => new string('-', w + 2))) + "+";
        output.WriteLine(rule);
        WriteLine(output, s.Variables.Select(v => "?" + v).ToArray(), widths);
        output.WriteLine(rule);
        long count = 0;
        foreach (var cells in head) { WriteLine(output, cells, widths); count++; }
        while (more)
        {
            WriteLine(output, rows.Current.Select(Show).ToArray(), widths);
            count++;
            more = rows.MoveNext();
        }
        output.WriteLine(rule);
        output.WriteLine(count == 1 ? "1 row" : $"{count} rows");
    }

    private static void WriteLine(TextWriter output, string[] cells, int[] widths)
    {
        var sb = new StringBuilder("|");
        for (int i = 0; i < widths.Length; i++)
        {
            string cell = cells[i];
            if (cell.Length > widths[i]) cell = cell[..(widths[i] - 1)] + "…";
            sb.Append(' ').Append(cell.PadRight(widths[i])).Append(" |");
        }
        output.WriteLine(sb.ToString());
    }

    private string Show(Term? term) => term switch
    {
        null => "",
        Iri iri => Abbreviate(iri.Value) ?? iri.ToString(),
        Literal l when l.Language is null && (l.Datatype.Equals(Vocab.Xsd.Integer) || l.Datatype.Equals(Vocab.Xsd.Decimal)
                                              || l.Datatype.Equals(Vocab.Xsd.Double) || l.Datatype.Equals(Vocab.Xsd.Boolean)) => l.Lexical,
        Literal l => ShowLiteral(l),
        _ => term.ToString(),
    };

    private string ShowLiteral(Literal l)
    {
        var sb = new StringBuilder();
        sb.Append('"').Append(l.Lexical.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t")).Append('"');
        if (l.Language is string lang) sb.Append('@').Append(lang);
        else if (!l.Datatype.Equals(Vocab.Xsd.String)) sb.Append("^^").Append(Abbreviate(l.Datatype.Value) ?? NTriplesFormat.Iri(l.Datatype.Value));
        return sb.ToString();
    }

    private string? Abbreviate(string iri)
    {
        foreach (var (ns, prefix) in _prefixes)
        {
            if (!iri.StartsWith(ns, StringComparison.Ordinal)) continue;
            string local = iri[ns.Length..];
            if (local.All(c => char.IsLetterOrDigit(c) || c is '_' or '-')) return prefix + ":" + local;
        }
        return null;
    }
}
