using System.Text;
using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Sparql.Algebra;

/// <summary>
/// Prints algebra as S-expressions in the style of Jena's SSE: one operator per line, children
/// indented by two spaces, expressions in prefix form on one line.
/// </summary>
public static class Sse
{
    public static string Op(Op op)
    {
        var sb = new StringBuilder();
        WriteOp(sb, op, 0);
        return sb.ToString();
    }

    public static string Node(Node node) => node switch
    {
        Var v => "?" + v.Name,
        TermNode t => Term(t.Term),
        _ => node.GetType().Name,
    };

    public static string Term(Term? term)
    {
        if (term is null) return "UNDEF";
        if (term is Literal l && l.Language is null)
        {
            var dt = l.Datatype.Value;
            if (dt == Vocab.Xsd.Integer.Value && IsPlainNumber(l.Lexical, allowDot: false)) return l.Lexical;
            if (dt == Vocab.Xsd.Decimal.Value && l.Lexical.Contains('.') && IsPlainNumber(l.Lexical, allowDot: true)) return l.Lexical;
            if (dt == Vocab.Xsd.Boolean.Value && l.Lexical is "true" or "false") return l.Lexical;
        }
        return term.ToString();
    }

    private static bool IsPlainNumber(string s, bool allowDot)
    {
        if (s.Length == 0) return false;
        int start = s[0] is '-' or '+' ? 1 : 0;
        if (start == s.Length) return false;
        bool digit = false;
        for (int i = start; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(s[i])) digit = true;
            else if (!(allowDot && s[i] == '.')) return false;
        }
        return digit && !s.EndsWith('.');
    }

    public static string Expr(Expr expr)
    {
        var sb = new StringBuilder();
        WriteExpr(sb, expr);
        return sb.ToString();
    }

    public static string Path(PropertyPath path) => path switch
    {
        LinkPath l => Term(l.Iri),
        InversePath i => "(reverse " + Path(i.Inner) + ")",
        SequencePath s => "(seq " + Path(s.First) + " " + Path(s.Second) + ")",
        AlternativePath a => "(alt " + Path(a.First) + " " + Path(a.Second) + ")",
        ZeroOrMorePath z => "(path* " + Path(z.Inner) + ")",
        OneOrMorePath o => "(path+ " + Path(o.Inner) + ")",
        ZeroOrOnePath q => "(path? " + Path(q.Inner) + ")",
        NegatedPropertySetPath n => "(notoneof" + string.Concat(n.Forward.Select(i => " " + Term(i))) + string.Concat(n.Inverse.Select(i => " (reverse " + Term(i) + ")")) + ")",
        _ => path.GetType().Name,
    };

    private static void WriteExpr(StringBuilder sb, Expr expr)
    {
        switch (expr)
        {
            case VarExpr v: sb.Append('?').Append(v.Name); break;
            case ConstantExpr c: sb.Append(Term(c.Value)); break;
            case CallExpr c:
                sb.Append('(').Append(c.Name.Contains(':') ? "<" + c.Name + ">" : c.Name.ToLowerInvariant());
                foreach (var a in c.Args) { sb.Append(' '); WriteExpr(sb, a); }
                sb.Append(')');
                break;
            case ExistsExpr x:
                sb.Append(x.Negated ? "(notexists " : "(exists ").Append(Op(x.Pattern).Replace("\n", " ")).Append(')');
                break;
            case AggregateExpr a:
                sb.Append('(').Append(a.Name.ToLowerInvariant());
                if (a.Distinct) sb.Append(" distinct");
                if (a.Arg is null) sb.Append(" *");
                else { sb.Append(' '); WriteExpr(sb, a.Arg); }
                if (a.Separator is not null) sb.Append(" (separator ").Append(Term(Literal.String(a.Separator))).Append(')');
                sb.Append(')');
                break;
        }
    }

    private static StringBuilder Indent(StringBuilder sb, int depth) => sb.Append(' ', depth * 2);

    private static void Open(StringBuilder sb, int depth, string name) => Indent(sb.Length == 0 ? sb : sb.Append('\n'), depth).Append('(').Append(name);

    private static void WriteOp(StringBuilder sb, Op op, int depth)
    {
        switch (op)
        {
            case BgpOp b:
                Open(sb, depth, "bgp");
                foreach (var t in b.Triples) sb.Append(" (triple ").Append(Node(t.Subject)).Append(' ').Append(Node(t.Predicate)).Append(' ').Append(Node(t.Object)).Append(')');
                sb.Append(')');
                break;
            case PathOp p:
                Open(sb, depth, "path");
                sb.Append(' ').Append(Node(p.Subject)).Append(' ').Append(Path(p.Path)).Append(' ').Append(Node(p.Object)).Append(')');
                break;
            case JoinOp j:
                Open(sb, depth, j.Strategy switch { JoinStrategy.Bind => "join/bind", JoinStrategy.Hash => "join/hash", _ => "join" });
                WriteOp(sb, j.Left, depth + 1); WriteOp(sb, j.Right, depth + 1); sb.Append(')');
                break;
            case ValueJoinOp v:
                Open(sb, depth, "valuejoin (= " + Expr(v.LeftKey) + " " + Expr(v.RightKey) + ")");
                WriteOp(sb, v.Left, depth + 1); WriteOp(sb, v.Right, depth + 1); sb.Append(')');
                break;
            case LeftJoinOp l:
                Open(sb, depth, l.Strategy switch { JoinStrategy.Bind => "leftjoin/bind", JoinStrategy.Hash => "leftjoin/hash", _ => "leftjoin" });
                WriteOp(sb, l.Left, depth + 1); WriteOp(sb, l.Right, depth + 1);
                if (l.Filter is not null) { sb.Append('\n'); Indent(sb, depth + 1); WriteExpr(sb, l.Filter); }
                sb.Append(')');
                break;
            case FilterOp f:
                Open(sb, depth, "filter ");
                if (f.Exprs.Count == 1) WriteExpr(sb, f.Exprs[0]);
                else { sb.Append("(exprlist"); foreach (var e in f.Exprs) { sb.Append(' '); WriteExpr(sb, e); } sb.Append(')'); }
                WriteOp(sb, f.Inner, depth + 1); sb.Append(')');
                break;
            case UnionOp u:
                Open(sb, depth, "union"); WriteOp(sb, u.Left, depth + 1); WriteOp(sb, u.Right, depth + 1); sb.Append(')');
                break;
            case MinusOp m:
                Open(sb, depth, "minus"); WriteOp(sb, m.Left, depth + 1); WriteOp(sb, m.Right, depth + 1); sb.Append(')');
                break;
            case GraphOp g:
                Open(sb, depth, "graph " + Node(g.Graph)); WriteOp(sb, g.Inner, depth + 1); sb.Append(')');
                break;
            case ExtendOp e:
                Open(sb, depth, "extend ((?" + e.Variable + " " + Expr(e.Expr) + "))"); WriteOp(sb, e.Inner, depth + 1); sb.Append(')');
                break;
            case GroupOp g:
                Open(sb, depth, (g.OverBand ? "group/band (" : "group (") + string.Join(" ", g.Keys.Select(k => k.Variable is not null && !(k.Expr is VarExpr v && v.Name == k.Variable) ? "(?" + k.Variable + " " + Expr(k.Expr) + ")" : Expr(k.Expr))) + ")");
                sb.Append(" (").Append(string.Join(" ", g.Aggregates.Select(a => "(?" + a.Variable + " " + Expr(a.Aggregate) + ")"))).Append(')');
                WriteOp(sb, g.Inner, depth + 1); sb.Append(')');
                break;
            case OrderByOp ob:
                Open(sb, depth, "order (" + Conditions(ob.Conditions) + ")"); WriteOp(sb, ob.Inner, depth + 1); sb.Append(')');
                break;
            case TopNOp t:
                Open(sb, depth, "top (" + t.Limit + " " + Conditions(t.Conditions) + ")"); WriteOp(sb, t.Inner, depth + 1); sb.Append(')');
                break;
            case ProjectOp p:
                Open(sb, depth, "project (" + string.Join(" ", p.Variables.Select(v => "?" + v)) + ")"); WriteOp(sb, p.Inner, depth + 1); sb.Append(')');
                break;
            case DistinctOp d:
                Open(sb, depth, "distinct"); WriteOp(sb, d.Inner, depth + 1); sb.Append(')');
                break;
            case ReducedOp r:
                Open(sb, depth, "reduced"); WriteOp(sb, r.Inner, depth + 1); sb.Append(')');
                break;
            case SliceOp s:
                Open(sb, depth, "slice " + (s.Offset == 0 ? "_" : s.Offset.ToString()) + " " + (s.Limit < 0 ? "_" : s.Limit.ToString()));
                WriteOp(sb, s.Inner, depth + 1); sb.Append(')');
                break;
            case TableOp t:
                if (t.Variables.Count == 0 && t.Rows.Count == 1) { Open(sb, depth, "table unit)"); break; }
                Open(sb, depth, "table (vars" + string.Concat(t.Variables.Select(v => " ?" + v)) + ")");
                foreach (var row in t.Rows)
                {
                    sb.Append(" (row");
                    for (int i = 0; i < row.Length; i++)
                        if (row[i] is not null) sb.Append(" [?").Append(t.Variables[i]).Append(' ').Append(Term(row[i])).Append(']');
                    sb.Append(')');
                }
                sb.Append(')');
                break;
            case ServiceOp s:
                Open(sb, depth, "service " + (s.Silent ? "silent " : "") + Node(s.Endpoint)); WriteOp(sb, s.Inner, depth + 1); sb.Append(')');
                break;
            case PropertyFunctionOp pf:
                Open(sb, depth, "propfunc " + Term(new Iri(pf.FunctionIri)) + " " + NodeList(pf.Subject) + " " + NodeList(pf.Object) + ")");
                break;
            default:
                Open(sb, depth, op.GetType().Name + ")");
                break;
        }
    }

    private static string NodeList(IReadOnlyList<Node> nodes) => nodes.Count == 1 ? Node(nodes[0]) : "(" + string.Join(" ", nodes.Select(Node)) + ")";

    private static string Conditions(IReadOnlyList<SortCondition> conditions) =>
        string.Join(" ", conditions.Select(c => c.Descending ? "(desc " + Expr(c.Expr) + ")" : Expr(c.Expr)));
}
