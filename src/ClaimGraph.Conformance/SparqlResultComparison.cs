using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Xsd;
using ClaimGraph.Sparql.Results;

namespace ClaimGraph.Conformance;

/// <summary>How strictly two SELECT results are compared.</summary>
/// <param name="OrderedVariables">
/// Variables whose values must come in the same sequence in both results (the query's ORDER BY keys
/// that are plain variables); empty when order does not matter.
/// </param>
/// <param name="LaxCardinality">REDUCED: the actual result may hold fewer duplicates than the expected one.</param>
public sealed record SolutionComparisonOptions(IReadOnlyList<string> OrderedVariables, bool LaxCardinality)
{
    public static SolutionComparisonOptions Unordered { get; } = new([], false);
}

/// <summary>
/// Compares query results the way the W3C SPARQL tests ask: solutions as multisets, equal up to a
/// renaming of blank nodes (one bijection for the whole result); order only where the query orders.
/// Terms are compared as RDF terms, except that two numeric literals of the same datatype with the
/// same value match (the suites write e.g. 1.0e6 for "1.0E6"^^xsd:double).
/// </summary>
public static class SparqlResultComparison
{
    private const int SearchBudget = 2_000_000;

    /// <summary>Null when the results match; otherwise a short description of the first difference.</summary>
    public static string? Difference(QueryResult expected, QueryResult actual, SolutionComparisonOptions options)
    {
        switch (expected, actual)
        {
            case (BooleanResult e, BooleanResult a):
                return e.Value == a.Value ? null : $"expected {e.Value.ToString().ToLowerInvariant()}, got {a.Value.ToString().ToLowerInvariant()}";
            case (SolutionsResult e, SolutionsResult a):
                return SolutionsDifference(e, a, options);
            default:
                return $"expected a {Describe(expected)} result, got a {Describe(actual)} result";
        }
    }

    private static string Describe(QueryResult r) => r switch
    {
        BooleanResult => "boolean",
        SolutionsResult => "solutions",
        _ => "graph",
    };

    private static string? SolutionsDifference(SolutionsResult expected, SolutionsResult actual, SolutionComparisonOptions options)
    {
        var variables = expected.Variables.Union(actual.Variables).ToList();
        var e = Align(expected, variables);
        var a = Align(actual, variables);
        if (options.LaxCardinality) return LaxDifference(e, a, variables);
        if (e.Count != a.Count) return $"expected {e.Count} solutions, got {a.Count}" + Sample(e, a, variables);
        var matching = FindMatching(e, a);
        if (matching is null) return $"the {e.Count} solutions differ" + Sample(e, a, variables);
        if (options.OrderedVariables.Count == 0) return null;
        var keyColumns = options.OrderedVariables.Select(v => variables.IndexOf(v)).Where(i => i >= 0).ToArray();
        for (int i = 0; i < e.Count; i++)
        {
            foreach (int column in keyColumns)
            {
                Term? x = e[i][column], y = a[i][column];
                if (x is BlankNode && y is BlankNode) continue;
                if (!TermsMatch(x, y))
                    return $"solution {i + 1} is out of order: expected ?{variables[column]} = {Show(x)}, got {Show(y)}";
            }
        }
        return null;
    }

    private static List<Term?[]> Align(SolutionsResult result, List<string> variables)
    {
        var positions = variables.Select(v => result.Variables.ToList().IndexOf(v)).ToArray();
        return result.Rows.Select(row => positions.Select(p => p >= 0 && p < row.Length ? row[p] : null).ToArray()).ToList();
    }

    /// <summary>REDUCED: the same distinct solutions, and no more solutions than expected.</summary>
    private static string? LaxDifference(List<Term?[]> e, List<Term?[]> a, List<string> variables)
    {
        if (a.Count > e.Count) return $"expected at most {e.Count} solutions, got {a.Count}";
        var expectedKeys = e.Select(RowKey).ToHashSet();
        var actualKeys = a.Select(RowKey).ToHashSet();
        return expectedKeys.SetEquals(actualKeys) ? null : "the distinct solutions differ" + Sample(e, a, variables);
    }

    /// <summary>
    /// Pairs every expected row with an actual row (index = expected position, value = actual
    /// position), or null. Rows without blank nodes are paired by key; the rest by backtracking over a
    /// blank-node bijection.
    /// </summary>
    private static int[]? FindMatching(List<Term?[]> e, List<Term?[]> a)
    {
        var pairing = new int[e.Count];
        var actualByKey = new Dictionary<string, Queue<int>>();
        var actualWithBlanks = new List<int>();
        for (int i = 0; i < a.Count; i++)
        {
            if (a[i].Any(t => t is BlankNode)) { actualWithBlanks.Add(i); continue; }
            var key = RowKey(a[i]);
            if (!actualByKey.TryGetValue(key, out var q)) actualByKey[key] = q = new Queue<int>();
            q.Enqueue(i);
        }
        var expectedWithBlanks = new List<int>();
        for (int i = 0; i < e.Count; i++)
        {
            if (e[i].Any(t => t is BlankNode)) { expectedWithBlanks.Add(i); continue; }
            if (!actualByKey.TryGetValue(RowKey(e[i]), out var q) || q.Count == 0) return null;
            pairing[i] = q.Dequeue();
        }
        if (actualByKey.Values.Any(q => q.Count > 0) || expectedWithBlanks.Count != actualWithBlanks.Count) return null;
        var search = new BlankNodeSearch(e, a, expectedWithBlanks, actualWithBlanks);
        return search.Run(pairing) ? pairing : null;
    }

    private sealed class BlankNodeSearch(List<Term?[]> e, List<Term?[]> a, List<int> expectedRows, List<int> actualRows)
    {
        private readonly Dictionary<BlankNode, BlankNode> _forward = new();
        private readonly Dictionary<BlankNode, BlankNode> _backward = new();
        private readonly bool[] _used = new bool[actualRows.Count];
        private int _steps;

        public bool Run(int[] pairing) => Match(0, pairing);

        private bool Match(int k, int[] pairing)
        {
            if (k == expectedRows.Count) return true;
            if (++_steps > SearchBudget) return false;
            var row = e[expectedRows[k]];
            for (int c = 0; c < actualRows.Count; c++)
            {
                if (_used[c]) continue;
                var added = new List<BlankNode>();
                if (TryBind(row, a[actualRows[c]], added))
                {
                    _used[c] = true;
                    pairing[expectedRows[k]] = actualRows[c];
                    if (Match(k + 1, pairing)) return true;
                    _used[c] = false;
                }
                foreach (var b in added)
                {
                    _backward.Remove(_forward[b]);
                    _forward.Remove(b);
                }
            }
            return false;
        }

        private bool TryBind(Term?[] expected, Term?[] actual, List<BlankNode> added)
        {
            for (int i = 0; i < expected.Length; i++)
            {
                if (expected[i] is BlankNode x && actual[i] is BlankNode y)
                {
                    if (_forward.TryGetValue(x, out var mapped)) { if (!mapped.Equals(y)) return false; continue; }
                    if (_backward.ContainsKey(y)) return false;
                    _forward[x] = y;
                    _backward[y] = x;
                    added.Add(x);
                }
                else if (!TermsMatch(expected[i], actual[i])) return false;
            }
            return true;
        }
    }

    /// <summary>RDF term equality, plus value equality for numeric literals of the same datatype.</summary>
    public static bool TermsMatch(Term? x, Term? y)
    {
        if (x is null || y is null) return x is null && y is null;
        if (x.Equals(y)) return true;
        return x is Literal lx && y is Literal ly && lx.Datatype.Equals(ly.Datatype) && !lx.HasLanguage
               && XsdLiterals.TryGetNumeric(lx, out var nx) && XsdLiterals.TryGetNumeric(ly, out var ny)
               && (XsdNumeric.Compare(nx, ny) == 0 || (nx.IsNaN && ny.IsNaN));
    }

    /// <summary>A key equal for rows whose terms match (numerics by canonical value); blank nodes all alike.</summary>
    private static string RowKey(Term?[] row) => string.Join("\u0001", row.Select(TermKey));

    private static string TermKey(Term? t) => t switch
    {
        null => "",
        BlankNode => "_:",
        Literal l when !l.HasLanguage && XsdLiterals.TryGetNumeric(l, out var n) => n.ToCanonicalString() + "^^" + l.Datatype.Value,
        Literal { Language: string lang } l => l.Lexical + "@" + lang.ToLowerInvariant(),   // tags compare case-insensitively
        _ => t.ToString(),
    };

    private static string Show(Term? t) => t?.ToString() ?? "(unbound)";

    private static string Sample(List<Term?[]> e, List<Term?[]> a, List<string> variables)
    {
        string Row(Term?[] r) => "{" + string.Join(", ", r.Select((t, i) => t is null ? null : $"?{variables[i]}={t}").Where(s => s is not null)) + "}";
        var expectedKeys = e.Select(RowKey).ToList();
        var actualKeys = a.Select(RowKey).ToList();
        var missing = e.Where((r, i) => !actualKeys.Contains(expectedKeys[i])).Take(3).Select(Row).ToList();
        var extra = a.Where((r, i) => !expectedKeys.Contains(actualKeys[i])).Take(3).Select(Row).ToList();
        var parts = new List<string>();
        if (missing.Count > 0) parts.Add("missing " + string.Join(" ", missing));
        if (extra.Count > 0) parts.Add("unexpected " + string.Join(" ", extra));
        return parts.Count == 0 ? "" : "; " + string.Join("; ", parts);
    }
}
