using System.Text;
using System.Text.RegularExpressions;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Syntax;

namespace ClaimGraph.Rdf.Writing;

/// <summary>
/// Turtle and TriG. Holds the quads until <see cref="RdfWriter.Finish"/>, then writes the prefixes,
/// and per graph each subject once with its predicates joined by ';' and objects by ','. IRIs become
/// prefixed names where the local part needs no escaping; numbers and booleans are written bare when
/// their lexical form is in Turtle's own number syntax.
/// </summary>
internal sealed partial class TurtleWriter(TextWriter output, RdfWriterOptions options, bool writeGraphs) : RdfWriter
{
    // graph (null key = default graph) -> subject -> predicate -> objects, all in order of first appearance
    private readonly List<Term?> _graphOrder = [];
    private readonly Dictionary<GraphKey, Dictionary<Term, Dictionary<Term, List<Term>>>> _graphs = [];
    private readonly HashSet<Quad> _seen = [];
    private readonly BlankNodeLabels _labels = new();
    private readonly List<KeyValuePair<string, string>> _prefixes =
        (options.Prefixes ?? new Dictionary<string, string>())
        .Where(p => IsValidPrefix(p.Key))
        .OrderByDescending(p => p.Value.Length)      // longest namespace first: the most specific prefix wins
        .ToList();

    private readonly record struct GraphKey(Term? Graph);

    public override void WriteQuad(Quad quad)
    {
        var graph = writeGraphs ? quad.Graph : null;
        if (!_seen.Add(quad with { Graph = graph })) return;
        var key = new GraphKey(graph);
        if (!_graphs.TryGetValue(key, out var subjects))
        {
            _graphs[key] = subjects = [];
            _graphOrder.Add(graph);
        }
        if (!subjects.TryGetValue(quad.Subject, out var predicates)) subjects[quad.Subject] = predicates = [];
        if (!predicates.TryGetValue(quad.Predicate, out var objects)) predicates[quad.Predicate] = objects = [];
        objects.Add(quad.Object);
    }

    private protected override void OnFinish()
    {
        foreach (var (prefix, ns) in (options.Prefixes ?? new Dictionary<string, string>()).Where(p => IsValidPrefix(p.Key)))
            output.Write($"@prefix {prefix}: {NTriplesFormat.Iri(ns)} .\n");
        if (_prefixes.Count > 0 && _graphOrder.Count > 0) output.Write('\n');

        bool first = true;
        // The default graph first, at the top level; then each named graph in braces.
        foreach (var graph in _graphOrder.OrderBy(g => g is null ? 0 : 1))
        {
            if (!first) output.Write('\n');
            first = false;
            var subjects = _graphs[new GraphKey(graph)];
            if (graph is null)
            {
                WriteSubjects(subjects, indent: "");
            }
            else
            {
                output.Write(FormatTerm(graph, isPredicate: false));
                output.Write(" {\n");
                WriteSubjects(subjects, indent: "    ");
                output.Write("}\n");
            }
        }
        output.Flush();
    }

    private void WriteSubjects(Dictionary<Term, Dictionary<Term, List<Term>>> subjects, string indent)
    {
        foreach (var (subject, predicates) in subjects)
        {
            output.Write(indent);
            output.Write(FormatTerm(subject, isPredicate: false));
            bool firstPredicate = true;
            foreach (var (predicate, objects) in predicates)
            {
                output.Write(firstPredicate ? " " : " ;\n" + indent + "    ");
                firstPredicate = false;
                output.Write(FormatTerm(predicate, isPredicate: true));
                output.Write(' ');
                output.Write(string.Join(", ", objects.Select(o => FormatTerm(o, isPredicate: false))));
            }
            output.Write(" .\n");
        }
    }

    private string FormatTerm(Term term, bool isPredicate) => term switch
    {
        Iri iri when isPredicate && iri.Equals(Vocab.Rdf.Type) => "a",
        Iri iri => FormatIri(iri.Value),
        BlankNode blank => "_:" + _labels.Get(blank),
        Literal literal => FormatLiteral(literal),
        _ => term.ToString(),
    };

    private string FormatIri(string value)
    {
        foreach (var (prefix, ns) in _prefixes)
        {
            if (value.Length >= ns.Length && value.StartsWith(ns, StringComparison.Ordinal) && IsPlainLocalName(value.AsSpan(ns.Length)))
                return prefix + ":" + value[ns.Length..];
        }
        return NTriplesFormat.Iri(value);
    }

    private string FormatLiteral(Literal literal)
    {
        if (!literal.HasLanguage)
        {
            string dt = literal.Datatype.Value;
            if ((dt == Vocab.Xsd.Integer.Value && IntegerSyntax().IsMatch(literal.Lexical))
                || (dt == Vocab.Xsd.Decimal.Value && DecimalSyntax().IsMatch(literal.Lexical))
                || (dt == Vocab.Xsd.Double.Value && DoubleSyntax().IsMatch(literal.Lexical))
                || (dt == Vocab.Xsd.Boolean.Value && literal.Lexical is "true" or "false"))
                return literal.Lexical;
        }
        var sb = new StringBuilder(literal.Lexical.Length + 2).Append('"');
        NTriplesFormat.AppendEscapedString(sb, literal.Lexical);
        sb.Append('"');
        if (literal.Language is not null) sb.Append('@').Append(literal.Language);
        else if (!literal.Datatype.Equals(Vocab.Xsd.String)) sb.Append("^^").Append(FormatIri(literal.Datatype.Value));
        return sb.ToString();
    }

    [GeneratedRegex(@"^[+-]?[0-9]+$")]
    private static partial Regex IntegerSyntax();

    [GeneratedRegex(@"^[+-]?[0-9]*\.[0-9]+$")]
    private static partial Regex DecimalSyntax();

    [GeneratedRegex(@"^[+-]?([0-9]+\.[0-9]*[eE][+-]?[0-9]+|\.[0-9]+[eE][+-]?[0-9]+|[0-9]+[eE][+-]?[0-9]+)$")]
    private static partial Regex DoubleSyntax();

    // PN_PREFIX ::= PN_CHARS_BASE ((PN_CHARS | '.')* PN_CHARS)?   (or empty)
    private static bool IsValidPrefix(string prefix)
    {
        if (prefix.Length == 0) return true;
        var s = prefix.AsSpan();
        int c = RdfChars.CodePointAt(s, 0, out int width);
        if (!RdfChars.IsPnCharsBase(c)) return false;
        for (int i = width; i < s.Length; i += width)
        {
            c = RdfChars.CodePointAt(s, i, out width);
            if (!(RdfChars.IsPnChars(c) || c == '.')) return false;
        }
        return s[^1] != '.';
    }

    /// <summary>A local name that PN_LOCAL accepts without any escape (empty is fine).</summary>
    private static bool IsPlainLocalName(ReadOnlySpan<char> s)
    {
        if (s.Length == 0) return true;
        int c = RdfChars.CodePointAt(s, 0, out int width);
        if (!(RdfChars.IsPnCharsU(c) || c == ':' || c is >= '0' and <= '9')) return false;
        for (int i = width; i < s.Length; i += width)
        {
            c = RdfChars.CodePointAt(s, i, out width);
            if (!(RdfChars.IsPnChars(c) || c is '.' or ':')) return false;
        }
        return s[^1] != '.';
    }
}
