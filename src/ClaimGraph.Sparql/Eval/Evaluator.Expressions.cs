using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql.Algebra;
using ClaimGraph.Sparql.Functions;

namespace ClaimGraph.Sparql.Eval;

/// <summary>Expressions: operators with SPARQL's error rules, the forms that need bindings (BOUND, IF, COALESCE, IN, EXISTS), and the function library for the rest.</summary>
internal sealed partial class Evaluator
{
    /// <summary>True when the expression's effective boolean value is true (errors count as false).</summary>
    public bool IsTrue(Expr expr, long[] row, GraphScope graph) => Ebv(expr, row, graph) == true;

    private bool? Ebv(Expr expr, long[] row, GraphScope graph) => Operators.EffectiveBooleanValue(Evaluate(expr, row, graph));

    /// <summary>The value of an expression, or null for an error or unbound.</summary>
    public Term? Evaluate(Expr expr, long[] row, GraphScope graph)
    {
        switch (expr)
        {
            case VarExpr v:
                {
                    long id = row[_slots[v.Name]];
                    return id == 0 ? null : _terms.Decode(id);
                }
            case ConstantExpr c:
                return c.Value;
            case ExistsExpr x:
                {
                    bool any = Eval(x.Pattern, row, graph).Any();
                    return Literal.Boolean(any != x.Negated);
                }
            case CallExpr call:
                return Call(call, row, graph);
            default:
                return null;
        }
    }

    private Term? Call(CallExpr call, long[] row, GraphScope graph)
    {
        var args = call.Args;
        switch (call.Name)
        {
            case "||":
                {
                    var a = Ebv(args[0], row, graph);
                    if (a == true) return Literal.True;
                    var b = Ebv(args[1], row, graph);
                    if (b == true) return Literal.True;
                    return a == false && b == false ? Literal.False : null;
                }
            case "&&":
                {
                    var a = Ebv(args[0], row, graph);
                    if (a == false) return Literal.False;
                    var b = Ebv(args[1], row, graph);
                    if (b == false) return Literal.False;
                    return a == true && b == true ? Literal.True : null;
                }
            case "!":
                {
                    var a = Ebv(args[0], row, graph);
                    return a is null ? null : Literal.Boolean(!a.Value);
                }
            case "=":
                {
                    var r = Operators.ValueEquals(ValueOf(args[0], row, graph), ValueOf(args[1], row, graph));
                    return r is null ? null : Literal.Boolean(r.Value);
                }
            case "!=":
                {
                    var r = Operators.ValueEquals(ValueOf(args[0], row, graph), ValueOf(args[1], row, graph));
                    return r is null ? null : Literal.Boolean(!r.Value);
                }
            case "<": return Compare(args, row, graph, c => c < 0);
            case ">": return Compare(args, row, graph, c => c > 0);
            case "<=": return Compare(args, row, graph, c => c <= 0);
            case ">=": return Compare(args, row, graph, c => c >= 0);
            case "+": return Operators.Add(Evaluate(args[0], row, graph), Evaluate(args[1], row, graph));
            case "-": return Operators.Subtract(Evaluate(args[0], row, graph), Evaluate(args[1], row, graph));
            case "*": return Operators.Multiply(Evaluate(args[0], row, graph), Evaluate(args[1], row, graph));
            case "/": return Operators.Divide(Evaluate(args[0], row, graph), Evaluate(args[1], row, graph));
            case "u-": return Operators.UnaryMinus(Evaluate(args[0], row, graph));
            case "u+": return Operators.UnaryPlus(Evaluate(args[0], row, graph));
            case "BOUND":
                return Literal.Boolean(args[0] is VarExpr bv && row[_slots[bv.Name]] != 0);
            case "IF":
                {
                    var c = Ebv(args[0], row, graph);
                    if (c is null) return null;
                    return Evaluate(c.Value ? args[1] : args[2], row, graph);
                }
            case "COALESCE":
                foreach (var a in args)
                {
                    var v = Evaluate(a, row, graph);
                    if (v is not null) return v;
                }
                return null;
            case "IN":
            case "NOT IN":
                {
                    var left = Evaluate(args[0], row, graph);
                    bool error = false;
                    for (int i = 1; i < args.Count; i++)
                    {
                        var eq = Operators.ValueEquals(left, Evaluate(args[i], row, graph));
                        if (eq == true) return Literal.Boolean(call.Name == "IN");
                        if (eq is null) error = true;
                    }
                    return error ? null : Literal.Boolean(call.Name != "IN");
                }
            default:
                {
                    var values = new Term?[args.Count];
                    for (int i = 0; i < values.Length; i++) values[i] = Evaluate(args[i], row, graph);
                    _functions.SolutionId = _solutionCounter;
                    return BuiltInFunctions.Call(call.Name, values, _functions);
                }
        }
    }

    private Term? Compare(IReadOnlyList<Expr> args, long[] row, GraphScope graph, Func<int, bool> test)
    {
        var c = Operators.ValueCompare(ValueOf(args[0], row, graph), ValueOf(args[1], row, graph));
        return c is null ? null : Literal.Boolean(test(c.Value));
    }

    /// <summary>
    /// The value of an operand of a comparison: a variable's and a constant's are read once per
    /// query (per term id, per constant), anything else is evaluated and read each time.
    /// </summary>
    private TermValue ValueOf(Expr expr, long[] row, GraphScope graph)
    {
        switch (expr)
        {
            case VarExpr v:
                return _terms.ValueOf(row[_slots[v.Name]]);
            case ConstantExpr c:
                if (!_constantValues.TryGetValue(c, out var value)) _constantValues[c] = value = TermValue.Of(c.Value);
                return value;
            default:
                return TermValue.Of(Evaluate(expr, row, graph));
        }
    }

    /// <summary>Marks the start of a new solution for BNODE(label) scoping.</summary>
    public void NextSolution() => _solutionCounter++;
}
