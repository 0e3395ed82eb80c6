using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql.Algebra;

namespace ClaimGraph.Sparql.Syntax;

internal sealed partial class QueryParser
{
    /// <summary>Built-in call keywords (upper case) with their argument counts (min, max; -1 = any).</summary>
    private static readonly Dictionary<string, (int Min, int Max)> BuiltIns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["STR"] = (1, 1), ["LANG"] = (1, 1), ["LANGMATCHES"] = (2, 2), ["DATATYPE"] = (1, 1), ["BOUND"] = (1, 1),
        ["IRI"] = (1, 1), ["URI"] = (1, 1), ["BNODE"] = (0, 1), ["RAND"] = (0, 0), ["ABS"] = (1, 1), ["CEIL"] = (1, 1),
        ["FLOOR"] = (1, 1), ["ROUND"] = (1, 1), ["CONCAT"] = (0, -1), ["SUBSTR"] = (2, 3), ["STRLEN"] = (1, 1),
        ["REPLACE"] = (3, 4), ["UCASE"] = (1, 1), ["LCASE"] = (1, 1), ["ENCODE_FOR_URI"] = (1, 1), ["CONTAINS"] = (2, 2),
        ["STRSTARTS"] = (2, 2), ["STRENDS"] = (2, 2), ["STRBEFORE"] = (2, 2), ["STRAFTER"] = (2, 2), ["YEAR"] = (1, 1),
        ["MONTH"] = (1, 1), ["DAY"] = (1, 1), ["HOURS"] = (1, 1), ["MINUTES"] = (1, 1), ["SECONDS"] = (1, 1),
        ["TIMEZONE"] = (1, 1), ["TZ"] = (1, 1), ["NOW"] = (0, 0), ["UUID"] = (0, 0), ["STRUUID"] = (0, 0), ["MD5"] = (1, 1),
        ["SHA1"] = (1, 1), ["SHA256"] = (1, 1), ["SHA384"] = (1, 1), ["SHA512"] = (1, 1), ["COALESCE"] = (0, -1),
        ["IF"] = (3, 3), ["STRLANG"] = (2, 2), ["STRDT"] = (2, 2), ["SAMETERM"] = (2, 2), ["ISIRI"] = (1, 1),
        ["ISURI"] = (1, 1), ["ISBLANK"] = (1, 1), ["ISLITERAL"] = (1, 1), ["ISNUMERIC"] = (1, 1), ["REGEX"] = (2, 3),
    };

    private static readonly HashSet<string> AggregateNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT",
    };

    private static bool IsBuiltInName(string word) =>
        BuiltIns.ContainsKey(word) || AggregateNames.Contains(word)
        || word.Equals("EXISTS", StringComparison.OrdinalIgnoreCase) || word.Equals("NOT", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name the function library knows a keyword by.</summary>
    private static string CanonicalName(string word)
    {
        var upper = word.ToUpperInvariant();
        return upper switch { "URI" => "IRI", "ISURI" => "ISIRI", _ => upper };
    }

    private Expr ParseExpression()
    {
        var e = ParseAnd();
        while (Accept("||")) e = new CallExpr("||", new[] { e, ParseAnd() });
        return e;
    }

    private Expr ParseAnd()
    {
        var e = ParseRelational();
        while (Accept("&&")) e = new CallExpr("&&", new[] { e, ParseRelational() });
        return e;
    }

    private Expr ParseRelational()
    {
        var e = ParseAdditive();
        if (Current.Kind == TokenKind.Punct && Current.Text is "=" or "!=" or "<" or ">" or "<=" or ">=")
        {
            var op = Advance().Text;
            return new CallExpr(op, new[] { e, ParseAdditive() });
        }
        if (AcceptWord("IN")) return new CallExpr("IN", Prepend(e, ParseExpressionList()));
        if (Current.IsWord("NOT") && PeekToken().IsWord("IN"))
        {
            _index += 2;
            return new CallExpr("NOT IN", Prepend(e, ParseExpressionList()));
        }
        return e;
    }

    private static Expr[] Prepend(Expr first, List<Expr> rest)
    {
        var all = new Expr[rest.Count + 1];
        all[0] = first;
        rest.CopyTo(all, 1);
        return all;
    }

    private List<Expr> ParseExpressionList()
    {
        var list = new List<Expr>();
        if (Current.Kind == TokenKind.Nil) { _index++; return list; }
        Expect("(");
        list.Add(ParseExpression());
        while (Accept(",")) list.Add(ParseExpression());
        Expect(")");
        return list;
    }

    private Expr ParseAdditive()
    {
        var e = ParseMultiplicative();
        while (Current.Is("+") || Current.Is("-"))
        {
            var op = Advance().Text;
            e = new CallExpr(op, new[] { e, ParseMultiplicative() });
        }
        return e;
    }

    private Expr ParseMultiplicative()
    {
        var e = ParseUnary();
        while (Current.Is("*") || Current.Is("/"))
        {
            var op = Advance().Text;
            e = new CallExpr(op, new[] { e, ParseUnary() });
        }
        return e;
    }

    private Expr ParseUnary()
    {
        if (Accept("!")) return new CallExpr("!", new[] { ParsePrimary() });
        if (Current.Is("+") || Current.Is("-"))
        {
            var n = PeekToken();
            if (n.Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double && n.Offset == Current.End)
                return new ConstantExpr(TryParseLiteral()!);
            var op = Advance().Text == "+" ? "u+" : "u-";
            return new CallExpr(op, new[] { ParsePrimary() });
        }
        return ParsePrimary();
    }

    private Expr ParseBrackettedExpression()
    {
        Expect("(");
        var e = ParseExpression();
        Expect(")");
        return e;
    }

    /// <summary>Constraint: a bracketted expression, a built-in call or a function call.</summary>
    private Expr ParseConstraint()
    {
        if (Current.Is("(")) return ParseBrackettedExpression();
        if (Current.Kind == TokenKind.Word) return ParseBuiltInCall();
        if (Current.Kind is TokenKind.Iri or TokenKind.PrefixedName)
        {
            var iri = ParseIri();
            if (!Current.Is("(") && Current.Kind != TokenKind.Nil) throw Error("'(' after the function IRI");
            return new CallExpr(iri.Value, ParseArgList());
        }
        throw Error("'(', a built-in function or a function call");
    }

    private Expr ParsePrimary()
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.Punct when t.Text == "(":
                return ParseBrackettedExpression();
            case TokenKind.Variable:
                _index++;
                return new VarExpr(t.Text);
            case TokenKind.Iri:
            case TokenKind.PrefixedName:
                {
                    var iri = ParseIri();
                    if (Current.Is("(") || Current.Kind == TokenKind.Nil) return new CallExpr(iri.Value, ParseArgList());
                    return new ConstantExpr(iri);
                }
            case TokenKind.Word when !t.IsWord("true") && !t.IsWord("false"):
                return ParseBuiltInCall();
        }
        var lit = TryParseLiteral();
        if (lit is not null) return new ConstantExpr(lit);
        throw Error("an expression");
    }

    private List<Expr> ParseArgList()
    {
        var args = new List<Expr>();
        if (Current.Kind == TokenKind.Nil) { _index++; return args; }
        Expect("(");
        AcceptWord("DISTINCT");
        args.Add(ParseExpression());
        while (Accept(",")) args.Add(ParseExpression());
        Expect(")");
        return args;
    }

    private Expr ParseBuiltInCall()
    {
        var t = Current;
        string word = t.Text;
        if (AggregateNames.Contains(word)) return ParseAggregate();
        if (word.Equals("EXISTS", StringComparison.OrdinalIgnoreCase))
        {
            _index++;
            return new ExistsExpr(ParseExistsPattern(), false);
        }
        if (word.Equals("NOT", StringComparison.OrdinalIgnoreCase))
        {
            _index++;
            ExpectWord("EXISTS");
            return new ExistsExpr(ParseExistsPattern(), true);
        }
        if (!BuiltIns.TryGetValue(word, out var arity)) throw ErrorAt(t, $"unknown function or keyword '{word}'");
        _index++;
        string name = CanonicalName(word);
        List<Expr> args;
        if (name == "BOUND")
        {
            Expect("(");
            if (Current.Kind != TokenKind.Variable) throw Error("a variable in BOUND");
            args = new List<Expr> { new VarExpr(Advance().Text) };
            Expect(")");
        }
        else args = ParseExpressionList();
        if (args.Count < arity.Min || arity.Max >= 0 && args.Count > arity.Max)
            throw ErrorAt(t, $"{name} takes {(arity.Min == arity.Max ? arity.Min.ToString() : arity.Max < 0 ? "at least " + arity.Min : arity.Min + " to " + arity.Max)} argument(s), found {args.Count}");
        return new CallExpr(name, args);
    }

    private Op ParseExistsPattern()
    {
        var saved = _aggregates;
        _aggregates = null;
        try { return ParseGroupGraphPattern(); }
        finally { _aggregates = saved; }
    }

    private Expr ParseAggregate()
    {
        var t = Advance();
        string name = t.Text.ToUpperInvariant();
        if (_aggregates is null) throw ErrorAt(t, $"aggregate {name} is not allowed here");
        var collector = _aggregates;
        _aggregates = null; // no aggregates inside aggregates
        try
        {
            Expect("(");
            bool distinct = AcceptWord("DISTINCT");
            Expr? arg = null;
            string? separator = null;
            if (name == "COUNT" && Accept("*")) { }
            else arg = ParseExpression();
            if (name == "GROUP_CONCAT" && Accept(";"))
            {
                ExpectWord("SEPARATOR");
                Expect("=");
                if (Current.Kind != TokenKind.String) throw Error("a string after SEPARATOR =");
                separator = Advance().Text;
            }
            Expect(")");
            var v = collector.Add(new AggregateExpr(name, distinct, arg, name == "GROUP_CONCAT" ? separator ?? " " : null));
            return new VarExpr(v);
        }
        finally { _aggregates = collector; }
    }
}
