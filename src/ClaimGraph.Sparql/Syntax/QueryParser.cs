using System.Globalization;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql.Algebra;

namespace ClaimGraph.Sparql.Syntax;

/// <summary>
/// Recursive-descent parser for SPARQL 1.1 Query (grammar of section 19.8). Group graph patterns
/// are translated to algebra as they are read (18.2.2); the query level (grouping, aggregates,
/// projection, modifiers: 18.2.4-18.2.5) is translated in <see cref="FinishSelect"/>.
/// </summary>
internal sealed partial class QueryParser
{
    private readonly List<Token> _tokens;
    private int _index;
    private string? _base;
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private int _freshCounter;

    // Blank node labels: a label may not be used in two different basic graph patterns.
    private readonly Dictionary<string, int> _labelBlock = new(StringComparer.Ordinal);
    private int _currentBlock;

    // Aggregates of the SELECT being parsed; null where aggregates are not allowed.
    private AggregateCollector? _aggregates;

    // In a CONSTRUCT template blank nodes stay blank nodes; in patterns they become variables.
    private bool _inTemplate;

    public QueryParser(string text, string? baseIri)
    {
        _tokens = new Lexer(text).Tokenize();
        _base = baseIri;
    }

    private Token Current => _tokens[_index];
    private Token PeekToken(int ahead = 1) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];
    private Token Advance() => _tokens[_index++ < _tokens.Count - 1 ? _index - 1 : _tokens.Count - 1];

    private SparqlSyntaxException Error(string expected) =>
        new($"expected {expected}, found {Current.Describe()}", Current.Line, Current.Column);

    private SparqlSyntaxException ErrorAt(Token token, string message) => new(message, token.Line, token.Column);

    private void Expect(string punct)
    {
        if (!Current.Is(punct)) throw Error($"'{punct}'");
        _index++;
    }

    private void ExpectWord(string keyword)
    {
        if (!Current.IsWord(keyword)) throw Error(keyword);
        _index++;
    }

    private bool Accept(string punct)
    {
        if (!Current.Is(punct)) return false;
        _index++;
        return true;
    }

    private bool AcceptWord(string keyword)
    {
        if (!Current.IsWord(keyword)) return false;
        _index++;
        return true;
    }

    private string Fresh(string prefix) => prefix + (_freshCounter++).ToString(CultureInfo.InvariantCulture);

    // ---------------------------------------------------------------- query level

    public Query ParseQuery()
    {
        ParsePrologue();
        Query query;
        if (Current.IsWord("SELECT")) query = ParseSelectQuery();
        else if (Current.IsWord("ASK")) query = ParseAskQuery();
        else if (Current.IsWord("CONSTRUCT")) query = ParseConstructQuery();
        else if (Current.IsWord("DESCRIBE")) query = ParseDescribeQuery();
        else throw Error("SELECT, ASK, CONSTRUCT, DESCRIBE, PREFIX or BASE");
        if (Current.Kind != TokenKind.EndOfInput) throw Error("end of query");
        return query;
    }

    private void ParsePrologue()
    {
        while (true)
        {
            if (AcceptWord("BASE"))
            {
                if (Current.Kind != TokenKind.Iri) throw Error("an IRI after BASE");
                _base = IriResolver.Resolve(Advance().Text, _base);
            }
            else if (AcceptWord("PREFIX"))
            {
                if (Current.Kind != TokenKind.PrefixedName || Current.Local!.Length != 0) throw Error("a prefix name such as 'ex:' after PREFIX");
                string prefix = Advance().Text;
                if (Current.Kind != TokenKind.Iri) throw Error("an IRI after PREFIX " + prefix + ":");
                _prefixes[prefix] = IriResolver.Resolve(Advance().Text, _base);
            }
            else return;
        }
    }

    private (List<string> from, List<string> named) ParseDatasetClauses()
    {
        var from = new List<string>();
        var named = new List<string>();
        while (AcceptWord("FROM"))
        {
            if (AcceptWord("NAMED")) named.Add(ParseIri().Value);
            else from.Add(ParseIri().Value);
        }
        return (from, named);
    }

    /// <summary>What a SELECT clause holds, before it is turned into algebra.</summary>
    private sealed class SelectClause
    {
        public bool Distinct, Reduced, Star;
        public readonly List<(string Var, Expr? Expr, Token At)> Items = new();
        public AggregateCollector Aggregates = new();
    }

    private sealed class Modifiers
    {
        public readonly List<GroupKey> GroupKeys = new();
        public readonly List<Expr> Having = new();
        public readonly List<SortCondition> Order = new();
        public long Offset;
        public long Limit = -1;
    }

    private Query ParseSelectQuery()
    {
        var select = ParseSelectClause();
        var (from, named) = ParseDatasetClauses();
        var where = ParseWhereClause(required: true);
        var modifiers = ParseSolutionModifiers(select.Aggregates);
        var values = ParseTrailingValues();
        var (op, vars) = FinishSelect(select, where, modifiers, values);
        return new Query
        {
            Form = QueryForm.Select, BaseIri = _base, Prefixes = _prefixes, DefaultGraphIris = from, NamedGraphIris = named,
            ResultVariables = vars, Algebra = op,
        };
    }

    private Query ParseAskQuery()
    {
        ExpectWord("ASK");
        var (from, named) = ParseDatasetClauses();
        var where = ParseWhereClause(required: true);
        var aggregates = new AggregateCollector();
        var modifiers = ParseSolutionModifiers(aggregates);
        var values = ParseTrailingValues();
        var op = FinishModifiers(where, modifiers, aggregates, values, null);
        return new Query { Form = QueryForm.Ask, BaseIri = _base, Prefixes = _prefixes, DefaultGraphIris = from, NamedGraphIris = named, Algebra = op };
    }

    private Query ParseConstructQuery()
    {
        ExpectWord("CONSTRUCT");
        List<TriplePattern> template;
        Op where;
        List<string> from, named;
        if (Current.Is("{"))
        {
            template = ParseConstructTemplate();
            (from, named) = ParseDatasetClauses();
            where = ParseWhereClause(required: true);
        }
        else
        {
            // CONSTRUCT WHERE { triples }: the pattern is also the template.
            (from, named) = ParseDatasetClauses();
            ExpectWord("WHERE");
            Expect("{");
            var items = new List<object>();
            if (!Current.Is("}")) ParseTriplesBlock(items, allowPaths: false);
            Expect("}");
            var triples = items.Cast<TriplePattern>().ToList();
            template = triples.Select(t => new TriplePattern(VarToTemplateNode(t.Subject), t.Predicate, VarToTemplateNode(t.Object))).ToList();
            where = new BgpOp(triples);
        }
        var aggregates = new AggregateCollector();
        var modifiers = ParseSolutionModifiers(aggregates);
        var values = ParseTrailingValues();
        var op = FinishModifiers(where, modifiers, aggregates, values, null);
        return new Query
        {
            Form = QueryForm.Construct, BaseIri = _base, Prefixes = _prefixes, DefaultGraphIris = from, NamedGraphIris = named,
            Algebra = op, ConstructTemplate = template,
        };
    }

    private static Node VarToTemplateNode(Node n) =>
        n is Var v && v.Name.StartsWith("_:", StringComparison.Ordinal) ? new TermNode(new BlankNode(v.Name[2..].Replace("?", "anon"))) : n;

    private Query ParseDescribeQuery()
    {
        ExpectWord("DESCRIBE");
        var targets = new List<Node>();
        if (!Accept("*"))
        {
            while (Current.Kind is TokenKind.Variable or TokenKind.Iri or TokenKind.PrefixedName)
                targets.Add(Current.Kind == TokenKind.Variable ? new Var(Advance().Text) : new TermNode(ParseIri()));
            if (targets.Count == 0) throw Error("a variable, an IRI or '*' after DESCRIBE");
        }
        var (from, named) = ParseDatasetClauses();
        Op where = Current.IsWord("WHERE") || Current.Is("{") ? ParseWhereClause(required: false) : TableOp.Unit;
        var aggregates = new AggregateCollector();
        var modifiers = ParseSolutionModifiers(aggregates);
        var values = ParseTrailingValues();
        var op = FinishModifiers(where, modifiers, aggregates, values, null);
        return new Query
        {
            Form = QueryForm.Describe, BaseIri = _base, Prefixes = _prefixes, DefaultGraphIris = from, NamedGraphIris = named,
            Algebra = op, DescribeTargets = targets,
        };
    }

    private SelectClause ParseSelectClause()
    {
        ExpectWord("SELECT");
        var clause = new SelectClause();
        if (AcceptWord("DISTINCT")) clause.Distinct = true;
        else if (AcceptWord("REDUCED")) clause.Reduced = true;
        if (Accept("*")) { clause.Star = true; return clause; }
        var saved = _aggregates;
        _aggregates = clause.Aggregates;
        try
        {
            while (true)
            {
                var at = Current;
                if (Current.Kind == TokenKind.Variable)
                {
                    string name = Advance().Text;
                    if (clause.Items.Any(i => i.Var == name)) throw ErrorAt(at, $"variable ?{name} projected twice");
                    clause.Items.Add((name, null, at));
                }
                else if (Current.Is("("))
                {
                    _index++;
                    var expr = ParseExpression();
                    ExpectWord("AS");
                    if (Current.Kind != TokenKind.Variable) throw Error("a variable after AS");
                    var vt = Current;
                    string name = Advance().Text;
                    Expect(")");
                    if (clause.Items.Any(i => i.Var == name)) throw ErrorAt(vt, $"variable ?{name} projected twice");
                    clause.Items.Add((name, expr, vt));
                }
                else break;
            }
        }
        finally { _aggregates = saved; }
        if (clause.Items.Count == 0) throw Error("'*', a variable or '(expression AS ?var)' in SELECT");
        return clause;
    }

    private Op ParseWhereClause(bool required)
    {
        bool hadWhere = AcceptWord("WHERE");
        if (!Current.Is("{")) throw Error(hadWhere || required ? "'{' to open the WHERE pattern" : "WHERE");
        var saved = _aggregates;
        _aggregates = null;
        try { return ParseGroupGraphPattern(); }
        finally { _aggregates = saved; }
    }

    private Modifiers ParseSolutionModifiers(AggregateCollector aggregates)
    {
        var m = new Modifiers();
        if (Current.IsWord("GROUP"))
        {
            _index++;
            ExpectWord("BY");
            do
            {
                m.GroupKeys.Add(ParseGroupCondition());
            }
            while (Current.Is("(") || Current.Kind is TokenKind.Variable or TokenKind.Iri or TokenKind.PrefixedName || Current.Kind == TokenKind.Word && IsBuiltInName(Current.Text));
        }
        var saved = _aggregates;
        _aggregates = aggregates;
        try
        {
            if (AcceptWord("HAVING"))
            {
                do m.Having.Add(ParseConstraint());
                while (Current.Is("(") || Current.Kind is TokenKind.Iri or TokenKind.PrefixedName || Current.Kind == TokenKind.Word && IsBuiltInName(Current.Text));
            }
            if (Current.IsWord("ORDER"))
            {
                _index++;
                ExpectWord("BY");
                do
                {
                    if (Current.IsWord("ASC") || Current.IsWord("DESC"))
                    {
                        bool desc = Advance().IsWord("DESC");
                        if (!Current.Is("(")) throw Error("'(' after ASC/DESC");
                        m.Order.Add(new SortCondition(ParseBrackettedExpression(), desc));
                    }
                    else if (Current.Kind == TokenKind.Variable) m.Order.Add(new SortCondition(new VarExpr(Advance().Text), false));
                    else m.Order.Add(new SortCondition(ParseConstraint(), false));
                }
                while (Current.Is("(") || Current.IsWord("ASC") || Current.IsWord("DESC") || Current.Kind is TokenKind.Variable or TokenKind.Iri or TokenKind.PrefixedName
                       || Current.Kind == TokenKind.Word && IsBuiltInName(Current.Text));
            }
        }
        finally { _aggregates = saved; }
        for (int i = 0; i < 2; i++)
        {
            if (AcceptWord("LIMIT")) m.Limit = ParseNonNegativeInteger("LIMIT");
            else if (AcceptWord("OFFSET")) m.Offset = ParseNonNegativeInteger("OFFSET");
        }
        return m;
    }

    private long ParseNonNegativeInteger(string what)
    {
        if (Current.Kind != TokenKind.Integer) throw Error($"an integer after {what}");
        var t = Advance();
        return long.TryParse(t.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;
    }

    private GroupKey ParseGroupCondition()
    {
        if (Current.Kind == TokenKind.Variable) return new GroupKey(new VarExpr(Current.Text), Advance().Text);
        if (Accept("("))
        {
            var e = ParseExpression();
            string? v = null;
            if (AcceptWord("AS"))
            {
                if (Current.Kind != TokenKind.Variable) throw Error("a variable after AS");
                v = Advance().Text;
            }
            Expect(")");
            if (v is null && e is VarExpr ve) v = ve.Name;
            return new GroupKey(e, v ?? Fresh(".group"));
        }
        var call = ParseConstraint();
        return new GroupKey(call, Fresh(".group"));
    }

    private TableOp? ParseTrailingValues() => AcceptWord("VALUES") ? ParseDataBlock() : null;

    /// <summary>Grouping, HAVING, VALUES, select expressions, ORDER BY, projection, DISTINCT/REDUCED, slice (18.2.4-18.2.5).</summary>
    private (Op Op, List<string> Vars) FinishSelect(SelectClause select, Op where, Modifiers m, TableOp? values)
    {
        bool grouping = m.GroupKeys.Count > 0 || select.Aggregates.Items.Count > 0;
        if (grouping && select.Star) throw new SparqlSyntaxException("SELECT * is not allowed with GROUP BY or aggregates", 1, 1);
        var whereScope = OpVariables.InScope(where);
        var keyVars = new HashSet<string>(m.GroupKeys.Where(k => k.Variable is not null).Select(k => k.Variable!), StringComparer.Ordinal);
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (v, e, at) in select.Items)
        {
            if (e is not null)
            {
                if (whereScope.Contains(v) && !grouping || grouping && keyVars.Contains(v))
                    throw ErrorAt(at, $"variable ?{v} is already in scope; it cannot be assigned by AS");
                if (grouping)
                    foreach (var used in e.Variables())
                        if (!used.StartsWith('.') && !keyVars.Contains(used) && !defined.Contains(used))
                            throw ErrorAt(at, $"variable ?{used} is used in SELECT but is not a GROUP BY key");
            }
            else if (grouping && !keyVars.Contains(v))
                throw ErrorAt(at, $"variable ?{v} is projected but is not a GROUP BY key");
            defined.Add(v);
        }

        var extensions = select.Items.Where(i => i.Expr is not null).Select(i => (i.Var, i.Expr!)).ToList();
        var op = FinishModifiers(where, m, select.Aggregates, values, extensions, select, out var vars);
        return (op, vars);
    }

    private Op FinishModifiers(Op where, Modifiers m, AggregateCollector aggregates, TableOp? values, List<(string, Expr)>? extensions) =>
        FinishModifiers(where, m, aggregates, values, extensions, null, out _);

    private Op FinishModifiers(Op where, Modifiers m, AggregateCollector aggregates, TableOp? values, List<(string, Expr)>? extensions,
        SelectClause? select, out List<string> vars)
    {
        Op op = where;
        if (m.GroupKeys.Count > 0 || aggregates.Items.Count > 0)
            op = new GroupOp(op, m.GroupKeys, aggregates.Items);
        if (m.Having.Count > 0) op = new FilterOp(m.Having, op);
        if (values is not null) op = Join(op, values);
        if (extensions is not null)
            foreach (var (v, e) in extensions) op = new ExtendOp(op, v, e);
        if (m.Order.Count > 0) op = new OrderByOp(op, m.Order);
        vars = new List<string>();
        if (select is not null)
        {
            if (select.Star)
            {
                var scope = OpVariables.InScope(op);
                foreach (var v in OpVariables.Mentioned(op))
                    if (scope.Contains(v) && Var.IsUserName(v)) vars.Add(v);
            }
            else vars.AddRange(select.Items.Select(i => i.Var));
            op = new ProjectOp(op, vars);
            if (select.Distinct) op = new DistinctOp(op);
            else if (select.Reduced) op = new ReducedOp(op);
        }
        if (m.Offset > 0 || m.Limit >= 0) op = new SliceOp(op, m.Offset, m.Limit);
        return op;
    }

    /// <summary>A subquery: its own scope. Variables it does not project are renamed so they cannot meet the outer ones.</summary>
    private Op ParseSubSelect()
    {
        var select = ParseSelectClause();
        var where = ParseWhereClause(required: true);
        var modifiers = ParseSolutionModifiers(select.Aggregates);
        var values = ParseTrailingValues();
        var (op, vars) = FinishSelect(select, where, modifiers, values);
        return VarRenamer.HideAllBut(op, vars);
    }

    // ---------------------------------------------------------------- graph patterns

    private static Op Join(Op? left, Op right) => left is null ? right : new JoinOp(left, right);

    private Op ParseGroupGraphPattern()
    {
        Expect("{");
        if (Current.IsWord("SELECT"))
        {
            var sub = ParseSubSelect();
            Expect("}");
            return sub;
        }
        Op? g = null;
        var filters = new List<Expr>();
        var pending = new List<object>();   // TriplePattern or PathOp, not yet added to g
        _currentBlock++;

        void Flush()
        {
            if (pending.Count == 0) return;
            g = Join(g, TriplesToOp(pending));
            pending.Clear();
            _currentBlock++;
        }

        while (!Current.Is("}"))
        {
            if (IsTriplesStart())
            {
                ParseTriplesBlock(pending, allowPaths: true);
                continue;
            }
            if (AcceptWord("FILTER"))
            {
                var saved = _aggregates;
                _aggregates = null;
                filters.Add(ParseConstraint());
                _aggregates = saved;
            }
            else if (AcceptWord("OPTIONAL"))
            {
                Flush();
                var a = ParseGroupGraphPattern();
                g = a is FilterOp f
                    ? new LeftJoinOp(g ?? BgpOp.Empty, f.Inner, Conjunction(f.Exprs))
                    : new LeftJoinOp(g ?? BgpOp.Empty, a, null);
            }
            else if (AcceptWord("MINUS"))
            {
                Flush();
                g = new MinusOp(g ?? BgpOp.Empty, ParseGroupGraphPattern());
            }
            else if (Current.IsWord("BIND"))
            {
                var at = Advance();
                Flush();
                Expect("(");
                var e = ParseExpression();
                ExpectWord("AS");
                if (Current.Kind != TokenKind.Variable) throw Error("a variable after AS");
                var vt = Advance();
                Expect(")");
                if (g is not null && OpVariables.InScope(g).Contains(vt.Text))
                    throw ErrorAt(vt, $"BIND assigns ?{vt.Text}, which is already in scope in this group");
                g = new ExtendOp(g ?? BgpOp.Empty, vt.Text, e);
            }
            else if (AcceptWord("VALUES"))
            {
                Flush();
                g = Join(g, ParseDataBlock());
            }
            else if (AcceptWord("GRAPH"))
            {
                Flush();
                var name = ParseVarOrIri();
                g = Join(g, new GraphOp(name, ParseGroupGraphPattern()));
            }
            else if (AcceptWord("SERVICE"))
            {
                Flush();
                bool silent = AcceptWord("SILENT");
                var endpoint = ParseVarOrIri();
                g = Join(g, new ServiceOp(endpoint, ParseGroupGraphPattern(), silent));
            }
            else if (Current.Is("{"))
            {
                Flush();
                var inner = ParseGroupOrUnion();
                // Join(Z, A) is A, except that a filtered group nested in a group must not look like
                // the group's own filter to an enclosing OPTIONAL (its filter scope is the inner group).
                g = g is null && inner is FilterOp ? new JoinOp(BgpOp.Empty, inner) : Join(g, inner);
            }
            else throw Error("a triple pattern, FILTER, OPTIONAL, MINUS, BIND, VALUES, GRAPH, SERVICE, '{' or '}'");
            Accept(".");
        }
        Expect("}");
        Flush();
        g ??= BgpOp.Empty;
        if (filters.Count > 0) g = new FilterOp(filters, g);
        return g;
    }

    private static Expr Conjunction(IReadOnlyList<Expr> exprs)
    {
        var e = exprs[0];
        for (int i = 1; i < exprs.Count; i++) e = new CallExpr("&&", new[] { e, exprs[i] });
        return e;
    }

    private Op ParseGroupOrUnion()
    {
        var op = ParseGroupGraphPattern();
        while (AcceptWord("UNION")) op = new UnionOp(op, ParseGroupGraphPattern());
        return op;
    }

    private static Op TriplesToOp(List<object> items)
    {
        Op? op = null;
        var bgp = new List<TriplePattern>();
        foreach (var item in items)
        {
            if (item is TriplePattern t) bgp.Add(t);
            else
            {
                if (bgp.Count > 0) { op = Join(op, new BgpOp(bgp.ToArray())); bgp.Clear(); }
                op = Join(op, (Op)item);
            }
        }
        if (bgp.Count > 0) op = Join(op, new BgpOp(bgp.ToArray()));
        return op ?? BgpOp.Empty;
    }

    private TableOp ParseDataBlock()
    {
        var vars = new List<string>();
        var rows = new List<Term?[]>();
        if (Current.Kind == TokenKind.Variable)
        {
            vars.Add(Advance().Text);
            Expect("{");
            while (!Current.Is("}")) rows.Add(new[] { ParseDataBlockValue() });
            Expect("}");
            return new TableOp(vars, rows);
        }
        if (Current.Kind == TokenKind.Nil) _index++;
        else
        {
            Expect("(");
            while (Current.Kind == TokenKind.Variable)
            {
                var t = Advance();
                if (vars.Contains(t.Text)) throw ErrorAt(t, $"variable ?{t.Text} listed twice in VALUES");
                vars.Add(t.Text);
            }
            Expect(")");
        }
        Expect("{");
        while (!Current.Is("}"))
        {
            var at = Current;
            if (Current.Kind == TokenKind.Nil) { _index++; rows.Add(Array.Empty<Term?>()); }
            else
            {
                Expect("(");
                var row = new List<Term?>();
                while (!Current.Is(")")) row.Add(ParseDataBlockValue());
                Expect(")");
                rows.Add(row.ToArray());
            }
            if (rows[^1].Length != vars.Count) throw ErrorAt(at, $"VALUES row has {rows[^1].Length} values for {vars.Count} variables");
        }
        Expect("}");
        return new TableOp(vars, rows);
    }

    private Term? ParseDataBlockValue()
    {
        if (AcceptWord("UNDEF")) return null;
        if (Current.Kind is TokenKind.Iri or TokenKind.PrefixedName) return ParseIri();
        var lit = TryParseLiteral();
        if (lit is null) throw Error("an IRI, a literal or UNDEF in VALUES");
        return lit;
    }

    // ---------------------------------------------------------------- triples

    private bool IsTriplesStart() =>
        Current.Kind is TokenKind.Variable or TokenKind.Iri or TokenKind.PrefixedName or TokenKind.BlankNodeLabel or TokenKind.String
            or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double or TokenKind.Nil or TokenKind.Anon
        || Current.Is("(") || Current.Is("[")
        || Current.IsWord("true") || Current.IsWord("false")
        || (Current.Is("+") || Current.Is("-")) && PeekToken().Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double;

    /// <summary>TriplesBlock / TriplesTemplate: triples separated by '.', appended to <paramref name="output"/>.</summary>
    private void ParseTriplesBlock(List<object> output, bool allowPaths)
    {
        while (true)
        {
            ParseTriplesSameSubject(output, allowPaths);
            if (!Accept("."))
            {
                if (IsTriplesStart()) throw Error("'.' between triple patterns");
                return;
            }
            if (!IsTriplesStart()) return;
        }
    }

    private void ParseTriplesSameSubject(List<object> output, bool allowPaths)
    {
        if (Current.Is("(") || Current.Is("["))
        {
            var subject = ParseTriplesNode(output, allowPaths);
            if (IsVerbStart(allowPaths)) ParsePropertyList(subject, output, allowPaths);
            return;
        }
        var s = ParseVarOrTerm();
        if (!IsVerbStart(allowPaths)) throw Error("a predicate");
        ParsePropertyList(s, output, allowPaths);
    }

    private bool IsVerbStart(bool allowPaths) =>
        Current.Kind is TokenKind.Variable or TokenKind.Iri or TokenKind.PrefixedName
        || Current.Kind == TokenKind.Word && Current.Text == "a"
        || allowPaths && (Current.Is("^") || Current.Is("!") || Current.Is("("));

    private void ParsePropertyList(Node subject, List<object> output, bool allowPaths)
    {
        while (true)
        {
            object verb;
            if (Current.Kind == TokenKind.Variable) verb = new Var(Advance().Text);
            else if (allowPaths) verb = ParsePath();
            else if (Current.Kind == TokenKind.Word && Current.Text == "a") { _index++; verb = new LinkPath(Vocab.Rdf.Type); }
            else verb = new LinkPath(ParseIri());
            do
            {
                var obj = ParseGraphNode(output, allowPaths);
                EmitTriple(subject, verb, obj, output);
            }
            while (Accept(","));
            if (!Accept(";")) return;
            while (Accept(";")) { }
            if (!IsVerbStart(allowPaths)) return;
        }
    }

    private void EmitTriple(Node s, object verb, Node o, List<object> output)
    {
        if (verb is Var v) { output.Add(new TriplePattern(s, v, o)); return; }
        EmitPath(s, (PropertyPath)verb, o, output);
    }

    /// <summary>18.2.2.4: simple paths become triples; sequences get a fresh joining variable.</summary>
    private void EmitPath(Node s, PropertyPath path, Node o, List<object> output)
    {
        switch (path)
        {
            case LinkPath l: output.Add(new TriplePattern(s, new TermNode(l.Iri), o)); break;
            case InversePath { Inner: LinkPath il }: output.Add(new TriplePattern(o, new TermNode(il.Iri), s)); break;
            case SequencePath seq when !_inTemplate:
                var mid = new Var(Fresh(".p"));
                EmitPath(s, seq.First, mid, output);
                EmitPath(mid, seq.Second, o, output);
                break;
            default:
                if (_inTemplate) throw Error("a plain predicate (paths are not allowed in templates)");
                output.Add(new PathOp(s, path, o));
                break;
        }
    }

    private Node ParseGraphNode(List<object> output, bool allowPaths) =>
        Current.Is("(") || Current.Is("[") ? ParseTriplesNode(output, allowPaths) : ParseVarOrTerm();

    /// <summary>A collection '( ... )' or a blank node property list '[ ... ]'.</summary>
    private Node ParseTriplesNode(List<object> output, bool allowPaths)
    {
        if (Accept("["))
        {
            var node = NewAnon();
            ParsePropertyList(node, output, allowPaths);
            Expect("]");
            return node;
        }
        Expect("(");
        var members = new List<Node>();
        while (!Current.Is(")")) members.Add(ParseGraphNode(output, allowPaths));
        Expect(")");
        if (members.Count == 0) throw Error("a collection member");
        Node head = NewAnon();
        Node cell = head;
        for (int i = 0; i < members.Count; i++)
        {
            output.Add(new TriplePattern(cell, new TermNode(Vocab.Rdf.First), members[i]));
            Node next = i == members.Count - 1 ? new TermNode(Vocab.Rdf.Nil) : NewAnon();
            output.Add(new TriplePattern(cell, new TermNode(Vocab.Rdf.Rest), next));
            cell = next;
        }
        return head;
    }

    private Node NewAnon() =>
        _inTemplate ? new TermNode(new BlankNode(Fresh("anon"))) : new Var("_:?" + (_freshCounter++).ToString(CultureInfo.InvariantCulture));

    private List<TriplePattern> ParseConstructTemplate()
    {
        Expect("{");
        var items = new List<object>();
        _inTemplate = true;
        try
        {
            if (!Current.Is("}")) ParseTriplesBlock(items, allowPaths: false);
        }
        finally { _inTemplate = false; }
        Expect("}");
        return items.Cast<TriplePattern>().ToList();
    }

    // ---------------------------------------------------------------- paths

    private PropertyPath ParsePath()
    {
        var p = ParsePathSequence();
        while (Accept("|")) p = new AlternativePath(p, ParsePathSequence());
        return p;
    }

    private PropertyPath ParsePathSequence()
    {
        var p = ParsePathEltOrInverse();
        while (Accept("/")) p = new SequencePath(p, ParsePathEltOrInverse());
        return p;
    }

    private PropertyPath ParsePathEltOrInverse()
    {
        if (Accept("^")) return new InversePath(ParsePathElt());
        return ParsePathElt();
    }

    private PropertyPath ParsePathElt()
    {
        var p = ParsePathPrimary();
        if (Current.Is("?")) { _index++; return new ZeroOrOnePath(p); }
        if (Current.Is("*")) { _index++; return new ZeroOrMorePath(p); }
        if (Current.Is("+")) { _index++; return new OneOrMorePath(p); }
        return p;
    }

    private PropertyPath ParsePathPrimary()
    {
        if (Current.Kind == TokenKind.Word && Current.Text == "a") { _index++; return new LinkPath(Vocab.Rdf.Type); }
        if (Current.Kind is TokenKind.Iri or TokenKind.PrefixedName) return new LinkPath(ParseIri());
        if (Accept("!"))
        {
            var fwd = new List<Iri>();
            var inv = new List<Iri>();
            void One()
            {
                bool inverse = Accept("^");
                Iri iri;
                if (Current.Kind == TokenKind.Word && Current.Text == "a") { _index++; iri = Vocab.Rdf.Type; }
                else iri = ParseIri();
                (inverse ? inv : fwd).Add(iri);
            }
            if (Current.Kind == TokenKind.Nil) { _index++; }
            else if (Accept("("))
            {
                One();
                while (Accept("|")) One();
                Expect(")");
            }
            else One();
            return new NegatedPropertySetPath(fwd, inv);
        }
        if (Accept("("))
        {
            var p = ParsePath();
            Expect(")");
            return p;
        }
        throw Error("a property path (IRI, 'a', '^', '!' or '(')");
    }

    // ---------------------------------------------------------------- terms

    private Node ParseVarOrIri()
    {
        if (Current.Kind == TokenKind.Variable) return new Var(Advance().Text);
        return new TermNode(ParseIri());
    }

    private Node ParseVarOrTerm()
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.Variable: _index++; return new Var(t.Text);
            case TokenKind.Iri:
            case TokenKind.PrefixedName: return new TermNode(ParseIri());
            case TokenKind.BlankNodeLabel:
                _index++;
                if (_inTemplate) return new TermNode(new BlankNode(t.Text));
                if (_labelBlock.TryGetValue(t.Text, out int block) && block != _currentBlock)
                    throw ErrorAt(t, $"blank node label _:{t.Text} is used in two different basic graph patterns");
                _labelBlock[t.Text] = _currentBlock;
                return new Var("_:" + t.Text);
            case TokenKind.Anon: _index++; return NewAnon();
            case TokenKind.Nil: _index++; return new TermNode(Vocab.Rdf.Nil);
        }
        var lit = TryParseLiteral();
        if (lit is not null) return new TermNode(lit);
        throw Error("a variable or an RDF term");
    }

    private Iri ParseIri()
    {
        var t = Current;
        if (t.Kind == TokenKind.Iri) { _index++; return new Iri(IriResolver.Resolve(t.Text, _base)); }
        if (t.Kind == TokenKind.PrefixedName)
        {
            _index++;
            if (!_prefixes.TryGetValue(t.Text, out var ns)) throw ErrorAt(t, $"unknown prefix '{t.Text}:' (declare it with PREFIX {t.Text}: <...>)");
            return new Iri(ns + t.Local);
        }
        throw Error("an IRI");
    }

    /// <summary>An RDF literal, numeric literal (with an adjacent sign) or boolean; null when the current token starts none.</summary>
    private Literal? TryParseLiteral()
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.String:
                {
                    _index++;
                    if (Current.Kind == TokenKind.LangTag) return Literal.LangTagged(t.Text, Advance().Text);
                    if (Accept("^^"))
                    {
                        var dtToken = Current;
                        var dt = ParseIri();
                        if (dt.Equals(Vocab.Xsd.String)) return Literal.String(t.Text);
                        if (dt.Equals(Vocab.Rdf.LangString)) throw ErrorAt(dtToken, "rdf:langString needs a language tag");
                        return Literal.Typed(t.Text, dt);
                    }
                    return Literal.String(t.Text);
                }
            case TokenKind.Integer: _index++; return Literal.Typed(t.Text, Vocab.Xsd.Integer);
            case TokenKind.Decimal: _index++; return Literal.Typed(t.Text, Vocab.Xsd.Decimal);
            case TokenKind.Double: _index++; return Literal.Typed(t.Text, Vocab.Xsd.Double);
            case TokenKind.Word when t.IsWord("true"): _index++; return Literal.True;
            case TokenKind.Word when t.IsWord("false"): _index++; return Literal.False;
            case TokenKind.Punct when t.Text is "+" or "-":
                {
                    var n = PeekToken();
                    if (n.Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double && n.Offset == t.End)
                    {
                        _index += 2;
                        var dt = n.Kind == TokenKind.Integer ? Vocab.Xsd.Integer : n.Kind == TokenKind.Decimal ? Vocab.Xsd.Decimal : Vocab.Xsd.Double;
                        return Literal.Typed(t.Text + n.Text, dt);
                    }
                    return null;
                }
        }
        return null;
    }
}

/// <summary>Collects the aggregates of one SELECT; equal aggregates share one variable.</summary>
internal sealed class AggregateCollector
{
    public readonly List<GroupAggregate> Items = new();

    public string Add(AggregateExpr aggregate)
    {
        string key = aggregate.ToString();
        foreach (var item in Items)
            if (item.Aggregate.ToString() == key) return item.Variable;
        string v = ".agg" + Items.Count.ToString(CultureInfo.InvariantCulture);
        Items.Add(new GroupAggregate(v, aggregate));
        return v;
    }
}
