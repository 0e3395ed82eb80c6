using System.Buffers;
using System.Text;
using ClaimGraph.Rdf.Iris;
using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Rdf.Syntax;

/// <summary>
/// N-Triples and N-Quads (RDF 1.1). Works line by line on the decoded character buffer: each line is
/// parsed from a span, IRIs are looked up in a cache without allocating, and strings are only built
/// for values that are new. Relative IRIs are errors, as both grammars require absolute IRIs.
/// </summary>
internal sealed class NQuadsReader : RdfReader
{
    private static readonly SearchValues<char> IriStops = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F <>\"{}|^`\\");
    private static readonly SearchValues<char> StringStops = SearchValues.Create("\"\\\n\r");

    private readonly CharSource _source;
    private readonly bool _allowGraphs;
    private readonly IriCache _iris = new();
    private readonly BlankNodeScope _blankNodes;
    private readonly string _what;

    // The line being parsed: the error position is its line number and the column of _index.
    private int _lineStart;

    // The IRI last read in each position, and the language tags seen: reused without a lookup.
    private Iri? _lastSubject, _lastPredicate, _lastObject, _lastGraph, _lastDatatype;
    private readonly Dictionary<string, string> _languageTags = new(StringComparer.Ordinal);

    public NQuadsReader(CharSource source, RdfReaderOptions options, RdfFormat format, bool allowGraphs) : base(format)
    {
        _source = source;
        _allowGraphs = allowGraphs;
        _blankNodes = new BlankNodeScope(options.KeepBlankNodeLabels);
        BaseIri = options.BaseIri;
        _what = allowGraphs ? "N-Quads" : "N-Triples";
    }

    public override IEnumerable<Quad> ReadQuads()
    {
        while (_source.TryReadLine(out int start, out int length))
        {
            _lineStart = start;
            int position = start, lineEnd = start + length;
            // Usually one statement a line; more only where a lone carriage return ends a line (EOL ::= [#xD#xA]+).
            while (TryParseStatement(ref position, lineEnd, out var quad)) yield return quad;
        }
    }

    /// <summary>Parses the statement starting at <paramref name="from"/>, if any, and moves past its line end.</summary>
    private bool TryParseStatement(ref int from, int to, out Quad quad)
    {
        var line = new ReadOnlySpan<char>(_source.Buffer, 0, to);
        int i = SkipWhitespaceAndLineEnds(line, from);
        if (i >= to || line[i] == '#') { from = to; quad = default; return false; }

        Term subject = line[i] switch
        {
            '<' => ReadIri(line, ref i, ref _lastSubject),
            '_' => ReadBlankNode(line, ref i),
            _ => throw ErrorAt(i, "expected a subject (an IRI or a blank node), found " + RdfChars.Describe(line[i])),
        };
        i = SkipWhitespace(line, i);
        if (i >= to || line[i] != '<') throw ErrorAt(i, "expected a predicate IRI, found " + Found(line, i));
        Term predicate = ReadIri(line, ref i, ref _lastPredicate);
        i = SkipWhitespace(line, i);
        if (i >= to) throw ErrorAt(i, "expected an object (IRI, blank node or literal), found end of line");
        Term obj = line[i] switch
        {
            '<' => ReadIri(line, ref i, ref _lastObject),
            '_' => ReadBlankNode(line, ref i),
            '"' => ReadLiteral(line, ref i),
            _ => throw ErrorAt(i, "expected an object (IRI, blank node or literal), found " + RdfChars.Describe(line[i])),
        };
        i = SkipWhitespace(line, i);
        Term? graph = null;
        if (_allowGraphs && i < to && line[i] is '<' or '_')
        {
            graph = line[i] == '<' ? ReadIri(line, ref i, ref _lastGraph) : ReadBlankNode(line, ref i);
            i = SkipWhitespace(line, i);
        }
        if (i >= to || line[i] != '.')
            throw ErrorAt(i, (_allowGraphs && graph is null ? "expected a graph name or '.'" : "expected '.'") + " at the end of the statement, found " + Found(line, i));
        i = SkipWhitespace(line, i + 1);
        if (i < to && line[i] == '#') i = to;
        else if (i < to && line[i] != '\r') throw ErrorAt(i, "expected the end of the line after '.', found " + RdfChars.Describe(line[i]));
        from = i;
        quad = new Quad(subject, predicate, obj, graph);
        return true;
    }

    private static int SkipWhitespaceAndLineEnds(ReadOnlySpan<char> line, int i)
    {
        while (i < line.Length && line[i] is ' ' or '\t' or '\r') i++;
        return i;
    }

    private static int SkipWhitespace(ReadOnlySpan<char> line, int i)
    {
        while (i < line.Length && line[i] is ' ' or '\t') i++;
        return i;
    }

    private static string Found(ReadOnlySpan<char> line, int i) => i < line.Length ? RdfChars.Describe(line[i]) : "end of line";

    private RdfSyntaxException ErrorAt(int index, string reason) =>
        _source.Error(_source.Line, index - _lineStart + 1, reason);

    // IRIREF ::= '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>'
    private Iri ReadIri(ReadOnlySpan<char> line, ref int i, ref Iri? lastInPosition)
    {
        int start = i + 1;
        int stop = line[start..].IndexOfAny(IriStops);
        if (stop >= 0 && line[start + stop] == '>')
        {
            var value = line.Slice(start, stop);
            i = start + stop + 1;
            // Consecutive statements usually share the subject: compare before hashing.
            if (lastInPosition is not null && value.SequenceEqual(lastInPosition.Value)) return lastInPosition;
            if (!IriReference.HasScheme(value)) throw ErrorAt(start - 1, $"relative IRI <{value}> ({_what} needs absolute IRIs)");
            return lastInPosition = _iris.Get(value);
        }
        return lastInPosition = ReadEscapedIri(line, ref i);
    }

    private Iri ReadEscapedIri(ReadOnlySpan<char> line, ref int i)
    {
        int open = i;
        var sb = new StringBuilder();
        i++;
        while (true)
        {
            if (i >= line.Length) throw ErrorAt(i, "expected '>' to close the IRI, found end of line");
            char c = line[i];
            if (c == '>') break;
            if (c == '\\')
            {
                int codePoint = ReadUnicodeEscape(line, ref i);
                if (RdfChars.IsForbiddenInIri(codePoint)) throw ErrorAt(i, $"escaped character U+{codePoint:X4} is not allowed in an IRI");
                RdfChars.AppendCodePoint(sb, codePoint);
                continue;
            }
            if (RdfChars.IsForbiddenInIri(c)) throw ErrorAt(i, RdfChars.Describe(c) + " is not allowed in an IRI");
            sb.Append(c);
            i++;
        }
        i++;
        string value = sb.ToString();
        if (!IriReference.HasScheme(value)) throw ErrorAt(open, $"relative IRI <{value}> ({_what} needs absolute IRIs)");
        return _iris.Get(value);
    }

    /// <summary>Reads \uXXXX or \UXXXXXXXX at i (which is the backslash).</summary>
    private int ReadUnicodeEscape(ReadOnlySpan<char> line, ref int i)
    {
        int start = i;
        if (i + 1 >= line.Length || line[i + 1] is not ('u' or 'U'))
            throw ErrorAt(i, "expected \\u or \\U escape, found " + (i + 1 < line.Length ? "\\" + line[i + 1] : "end of line"));
        int digits = line[i + 1] == 'u' ? 4 : 8;
        int value = 0;
        for (int k = 0; k < digits; k++)
        {
            int p = i + 2 + k;
            int h = p < line.Length ? RdfChars.HexValue(line[p]) : -1;
            if (h < 0) throw ErrorAt(start, $"expected {digits} hex digits after \\{line[i + 1]}");
            value = (value << 4) | h;
        }
        if (value is < 0 or > 0x10FFFF or >= 0xD800 and <= 0xDFFF) throw ErrorAt(start, $"escape \\{line[i + 1]} gives U+{value:X}, which is not a Unicode character");
        i += 2 + digits;
        return value;
    }

    // BLANK_NODE_LABEL ::= '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?
    private BlankNode ReadBlankNode(ReadOnlySpan<char> line, ref int i)
    {
        if (i + 1 >= line.Length || line[i + 1] != ':') throw ErrorAt(i, "expected '_:' to start a blank node label");
        int start = i + 2;
        int j = start;
        if (j >= line.Length) throw ErrorAt(j, "expected a blank node label after '_:'");
        int first = RdfChars.CodePointAt(line, j, out int width);
        if (!(RdfChars.IsPnCharsU(first) || first is >= '0' and <= '9'))
            throw ErrorAt(j, "a blank node label cannot start with " + RdfChars.Describe(first));
        j += width;
        int lastNonDot = j;
        while (j < line.Length)
        {
            int c = RdfChars.CodePointAt(line, j, out width);
            if (c == '.') { j++; continue; }
            if (!RdfChars.IsPnChars(c)) break;
            j += width;
            lastNonDot = j;
        }
        i = lastNonDot;      // a label never ends with '.'; trailing dots belong to the statement
        return _blankNodes.Labelled(line[start..lastNonDot]);
    }

    // STRING_LITERAL_QUOTE ('^^' IRIREF | LANGTAG)?
    private Literal ReadLiteral(ReadOnlySpan<char> line, ref int i)
    {
        int start = i + 1;
        int stop = line[start..].IndexOfAny(StringStops);
        string lexical;
        if (stop >= 0 && line[start + stop] == '"')
        {
            lexical = line.Slice(start, stop).ToString();
            i = start + stop + 1;
        }
        else
        {
            lexical = ReadEscapedString(line, ref i);
        }

        if (i < line.Length && line[i] == '@')
        {
            int tagStart = i + 1;
            int j = tagStart;
            while (j < line.Length && char.IsAsciiLetter(line[j])) j++;
            if (j == tagStart) throw ErrorAt(i, "expected a language tag after '@'");
            while (j < line.Length && line[j] == '-')
            {
                int subtag = ++j;
                while (j < line.Length && char.IsAsciiLetterOrDigit(line[j])) j++;
                if (j == subtag) throw ErrorAt(j, "expected letters or digits after '-' in the language tag");
            }
            i = j;
            return Literal.LangTagged(lexical, LanguageTag(line[tagStart..j]));
        }
        if (i + 1 < line.Length && line[i] == '^' && line[i + 1] == '^')
        {
            i += 2;
            if (i >= line.Length || line[i] != '<') throw ErrorAt(i, "expected a datatype IRI after '^^', found " + Found(line, i));
            var datatype = ReadIri(line, ref i, ref _lastDatatype);
            if (datatype.Equals(Vocab.Rdf.LangString)) throw ErrorAt(i, "rdf:langString literals need a language tag");
            return Literal.Typed(lexical, datatype);
        }
        return Literal.String(lexical);
    }

    private string LanguageTag(ReadOnlySpan<char> tag)
    {
        var lookup = _languageTags.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(tag, out var known)) return known;
        var text = tag.ToString();
        if (_languageTags.Count < 1024) _languageTags[text] = text;
        return text;
    }

    private string ReadEscapedString(ReadOnlySpan<char> line, ref int i)
    {
        int open = i;
        var sb = new StringBuilder();
        i++;
        while (true)
        {
            if (i >= line.Length) throw ErrorAt(open, "string not closed before the end of the line");
            char c = line[i];
            if (c == '"') { i++; return sb.ToString(); }
            if (c == '\\')
            {
                if (i + 1 >= line.Length) throw ErrorAt(i, "expected an escape after '\\'");
                char e = line[i + 1];
                char? simple = e switch
                {
                    't' => '\t', 'b' => '\b', 'n' => '\n', 'r' => '\r', 'f' => '\f', '"' => '"', '\'' => '\'', '\\' => '\\',
                    _ => null,
                };
                if (simple is { } s) { sb.Append(s); i += 2; continue; }
                RdfChars.AppendCodePoint(sb, ReadUnicodeEscape(line, ref i));
                continue;
            }
            sb.Append(c);
            i++;
        }
    }

    public override void Dispose() => _source.Dispose();
}
