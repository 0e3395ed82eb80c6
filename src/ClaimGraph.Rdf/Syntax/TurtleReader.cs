using ClaimGraph.Rdf.Iris;
using ClaimGraph.Rdf.Model;
using Kind = ClaimGraph.Rdf.Syntax.TurtleTokenKind;

namespace ClaimGraph.Rdf.Syntax;

/// <summary>
/// Turtle and TriG (RDF 1.1), by recursive descent over <see cref="TurtleLexer"/> tokens. Quads are
/// produced statement by statement, so memory holds one statement at a time.
/// </summary>
internal sealed class TurtleReader : RdfReader
{
    private readonly CharSource _source;
    private readonly TurtleLexer _lexer;
    private readonly bool _allowGraphs;
    private readonly BlankNodeScope _blankNodes;
    private readonly IriCache _iris = new();
    private readonly Queue<Quad> _pending = new();
    private IriReference? _parsedBase;
    private TurtleToken _token;

    public TurtleReader(CharSource source, RdfReaderOptions options, RdfFormat format, bool allowGraphs) : base(format)
    {
        _source = source;
        _lexer = new TurtleLexer(source);
        _allowGraphs = allowGraphs;
        _blankNodes = new BlankNodeScope(options.KeepBlankNodeLabels);
        BaseIri = options.BaseIri;
    }

    public override IEnumerable<Quad> ReadQuads()
    {
        Advance();
        while (_token.Kind != Kind.EndOfInput)
        {
            ParseStatement();
            while (_pending.TryDequeue(out var quad)) yield return quad;
        }
    }

    public override void Dispose() => _source.Dispose();

    // ---- tokens ----

    private void Advance() => _token = _lexer.Next();

    private bool Is(Kind kind) => _token.Kind == kind;

    private bool IsWord(string word, bool ignoreCase = false) =>
        _token.Kind == Kind.Word && string.Equals(_token.Text, word, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private void Expect(Kind kind, string what)
    {
        if (_token.Kind != kind) throw Error($"expected {what}, found {_token}");
        Advance();
    }

    private RdfSyntaxException Error(string reason) => _source.Error(_token.Line, _token.Column, reason);

    // ---- statements ----

    private void ParseStatement()
    {
        if (Is(Kind.LangTag) && _token.Text is "prefix" or "base")
        {
            bool isPrefix = _token.Text == "prefix";
            Advance();
            if (isPrefix) ParsePrefixDeclaration(); else ParseBaseDeclaration();
            Expect(Kind.Dot, "'.' after the directive");
            return;
        }
        if (IsWord("PREFIX", ignoreCase: true)) { Advance(); ParsePrefixDeclaration(); return; }
        if (IsWord("BASE", ignoreCase: true)) { Advance(); ParseBaseDeclaration(); return; }

        if (!_allowGraphs)
        {
            ParseTriples(graph: null);
            Expect(Kind.Dot, "'.' at the end of the statement");
            return;
        }

        if (IsWord("GRAPH", ignoreCase: true))
        {
            Advance();
            Term? label;
            if (Is(Kind.OpenBracket))
            {
                Advance();
                Expect(Kind.CloseBracket, "']' (a graph name can be '[]' but not a blank node with properties)");
                label = _blankNodes.Anonymous();
            }
            else
            {
                label = ParseIriOrBlankNodeLabel() ?? throw Error($"expected a graph name after GRAPH, found {_token}");
            }
            ParseWrappedGraph(label);
            return;
        }
        if (Is(Kind.OpenBrace)) { ParseWrappedGraph(null); return; }

        if (Is(Kind.OpenBracket))
        {
            Advance();
            if (ParseTriplesAfterOpenBracket(null, allowGraph: true)) return;
            Expect(Kind.Dot, "'.' at the end of the statement");
            return;
        }
        var subjectOrLabel = ParseIriOrBlankNodeLabel();
        if (subjectOrLabel is not null)
        {
            if (Is(Kind.OpenBrace)) { ParseWrappedGraph(subjectOrLabel); return; }
            ParsePredicateObjectList(subjectOrLabel, null);
        }
        else
        {
            ParseTriples(graph: null);
        }
        Expect(Kind.Dot, "'.' at the end of the statement");
    }

    private void ParsePrefixDeclaration()
    {
        if (!Is(Kind.PrefixedName) || _token.Local!.Length != 0) throw Error($"expected a prefix such as 'ex:', found {_token}");
        string prefix = _token.Text;
        Advance();
        if (!Is(Kind.IriRef)) throw Error($"expected the namespace IRI of prefix '{prefix}:', found {_token}");
        PrefixMap[prefix] = ResolveIri(_token.Text);
        Advance();
    }

    private void ParseBaseDeclaration()
    {
        if (!Is(Kind.IriRef)) throw Error($"expected the base IRI, found {_token}");
        BaseIri = ResolveIri(_token.Text);
        _parsedBase = null;
        Advance();
    }

    /// <summary>An IRI or a blank node label (TriG's labelOrSubject without '[]'); null, consuming nothing, otherwise.</summary>
    private Term? ParseIriOrBlankNodeLabel()
    {
        switch (_token.Kind)
        {
            case Kind.IriRef or Kind.PrefixedName:
                return ParseIri();
            case Kind.BlankNodeLabel:
                var node = _blankNodes.Labelled(_token.Text);
                Advance();
                return node;
            default:
                return null;
        }
    }

    // wrappedGraph ::= '{' triplesBlock? '}'    triplesBlock ::= triples ('.' triplesBlock?)?
    private void ParseWrappedGraph(Term? graph)
    {
        Expect(Kind.OpenBrace, "'{' to open the graph");
        while (!Is(Kind.CloseBrace))
        {
            ParseTriples(graph);
            if (!Is(Kind.Dot)) break;
            Advance();
        }
        Expect(Kind.CloseBrace, "'}' to close the graph (or '.' between statements)");
    }

    // triples ::= subject predicateObjectList | blankNodePropertyList predicateObjectList?
    private void ParseTriples(Term? graph)
    {
        if (Is(Kind.OpenBracket))
        {
            Advance();
            ParseTriplesAfterOpenBracket(graph, allowGraph: false);
            return;
        }
        if (Is(Kind.OpenParen))
        {
            var list = ParseCollection(graph);
            ParsePredicateObjectList(list, graph);
            return;
        }
        ParsePredicateObjectList(ParseSubject(), graph);
    }

    /// <summary>
    /// Triples whose subject starts with '[' (already consumed): "[] p o", "[ p o ] (p o)?", or, where
    /// <paramref name="allowGraph"/> (top level of TriG), the graph "[] { ... }". True when it was a graph.
    /// </summary>
    private bool ParseTriplesAfterOpenBracket(Term? graph, bool allowGraph)
    {
        var subject = _blankNodes.Anonymous();
        if (Is(Kind.CloseBracket))
        {
            Advance();
            if (allowGraph && Is(Kind.OpenBrace)) { ParseWrappedGraph(subject); return true; }
            ParsePredicateObjectList(subject, graph);
            return false;
        }
        ParsePredicateObjectList(subject, graph);
        Expect(Kind.CloseBracket, "']' to close the blank node");
        if (StartsVerb()) ParsePredicateObjectList(subject, graph);
        return false;
    }

    private Term ParseSubject() =>
        ParseIriOrBlankNodeLabel() ?? throw Error($"expected a subject (IRI, blank node or collection), found {_token}");

    private bool StartsVerb() => Is(Kind.IriRef) || Is(Kind.PrefixedName) || IsWord("a");

    // predicateObjectList ::= verb objectList (';' (verb objectList)?)*
    private void ParsePredicateObjectList(Term subject, Term? graph)
    {
        ParseVerbObjectList(subject, graph);
        while (Is(Kind.Semicolon))
        {
            while (Is(Kind.Semicolon)) Advance();
            if (!StartsVerb()) break;
            ParseVerbObjectList(subject, graph);
        }
    }

    private void ParseVerbObjectList(Term subject, Term? graph)
    {
        Term predicate;
        if (IsWord("a")) { Advance(); predicate = Vocab.Rdf.Type; }
        else if (Is(Kind.IriRef) || Is(Kind.PrefixedName)) predicate = ParseIri();
        else throw Error($"expected a predicate (IRI or 'a'), found {_token}");

        while (true)
        {
            var obj = ParseObject(graph);
            _pending.Enqueue(new Quad(subject, predicate, obj, graph));
            if (!Is(Kind.Comma)) return;
            Advance();
        }
    }

    private Term ParseObject(Term? graph)
    {
        if (ParseIriOrBlankNodeLabel() is { } named) return named;
        switch (_token.Kind)
        {
            case Kind.OpenBracket:
                Advance();
                var blank = _blankNodes.Anonymous();
                if (Is(Kind.CloseBracket)) { Advance(); return blank; }
                ParsePredicateObjectList(blank, graph);
                Expect(Kind.CloseBracket, "']' to close the blank node");
                return blank;
            case Kind.OpenParen:
                return ParseCollection(graph);
            case Kind.String:
                return ParseLiteral();
            case Kind.Integer:
                return Number(Vocab.Xsd.Integer);
            case Kind.Decimal:
                return Number(Vocab.Xsd.Decimal);
            case Kind.Double:
                return Number(Vocab.Xsd.Double);
            case Kind.Word when _token.Text is "true" or "false":
                var boolean = Literal.Typed(_token.Text, Vocab.Xsd.Boolean);
                Advance();
                return boolean;
            default:
                throw Error($"expected an object (IRI, blank node, collection or literal), found {_token}");
        }
    }

    private Literal Number(Iri datatype)
    {
        var literal = Literal.Typed(_token.Text, datatype);
        Advance();
        return literal;
    }

    private Literal ParseLiteral()
    {
        string lexical = _token.Text;
        Advance();
        if (Is(Kind.LangTag))
        {
            var tagged = Literal.LangTagged(lexical, _token.Text);
            Advance();
            return tagged;
        }
        if (Is(Kind.DoubleCaret))
        {
            Advance();
            if (!(Is(Kind.IriRef) || Is(Kind.PrefixedName))) throw Error($"expected a datatype IRI after '^^', found {_token}");
            var datatype = ParseIri();
            if (datatype.Equals(Vocab.Rdf.LangString)) throw Error("rdf:langString literals need a language tag");
            return Literal.Typed(lexical, datatype);
        }
        return Literal.String(lexical);
    }

    // collection ::= '(' object* ')'
    private Term ParseCollection(Term? graph)
    {
        Advance();
        if (Is(Kind.CloseParen)) { Advance(); return Vocab.Rdf.Nil; }
        var head = _blankNodes.Anonymous();
        var current = head;
        while (true)
        {
            var item = ParseObject(graph);
            _pending.Enqueue(new Quad(current, Vocab.Rdf.First, item, graph));
            if (Is(Kind.CloseParen))
            {
                Advance();
                _pending.Enqueue(new Quad(current, Vocab.Rdf.Rest, Vocab.Rdf.Nil, graph));
                return head;
            }
            if (Is(Kind.EndOfInput)) throw Error("expected ')' to close the collection, found end of input");
            var next = _blankNodes.Anonymous();
            _pending.Enqueue(new Quad(current, Vocab.Rdf.Rest, next, graph));
            current = next;
        }
    }

    // ---- IRIs ----

    private Iri ParseIri()
    {
        Iri iri;
        if (Is(Kind.IriRef))
        {
            iri = _iris.Get(ResolveIri(_token.Text));
        }
        else
        {
            if (!PrefixMap.TryGetValue(_token.Text, out var ns)) throw Error($"undefined prefix '{_token.Text}:'");
            iri = _iris.Get(ns + _token.Local);
        }
        Advance();
        return iri;
    }

    private string ResolveIri(string reference)
    {
        if (IriReference.HasScheme(reference)) return reference;
        if (BaseIri is null) throw Error($"relative IRI <{reference}> but no base IRI is set");
        _parsedBase ??= IriReference.Parse(BaseIri);
        return IriReference.Parse(reference).ResolveAgainst(_parsedBase).ToString();
    }
}
