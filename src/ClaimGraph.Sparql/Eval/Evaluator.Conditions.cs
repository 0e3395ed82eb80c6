using System.Runtime.CompilerServices;
using ClaimGraph.Sparql.Algebra;
using ClaimGraph.Sparql.Functions;

namespace ClaimGraph.Sparql.Eval;

/// <summary>
/// FILTER conditions worked out once per query into tests over a solution. A comparison of
/// variables and constants (=, !=, &lt;, &gt;, &lt;=, &gt;=), and &amp;&amp;, || and ! of such, read the
/// values cached per term id and give a truth value directly, instead of naming the operator,
/// finding the slots and building a boolean literal to read back for every solution (h03, a
/// figure compared with a constant, at 10M quads: 172 ms to 140 ms). Anything else is evaluated by
/// <see cref="Evaluate"/> as before; both use the same operator functions, so the results agree.
/// </summary>
internal sealed partial class Evaluator
{
    /// <summary>The effective boolean value of a condition for a solution: null for an error.</summary>
    private delegate bool? Condition(long[] row);

    private readonly Dictionary<(IReadOnlyList<Expr>, GraphScope), Condition[]> _conditions = new(ConditionKeyComparer.Instance);

    /// <summary>
    /// The compiled conditions of a FILTER's expressions, all of which must be true; compiled at the
    /// first use in a graph scope, so a filter evaluated once per outer solution compiles once.
    /// </summary>
    private Condition[] ConditionsOf(IReadOnlyList<Expr> exprs, GraphScope graph)
    {
        if (!_conditions.TryGetValue((exprs, graph), out var conditions))
            _conditions[(exprs, graph)] = conditions = exprs.Select(expr => Compile(expr, graph)).ToArray();
        return conditions;
    }

    private static bool AllTrue(Condition[] conditions, long[] row)
    {
        for (int i = 0; i < conditions.Length; i++)   // by index: no enumerator per solution
            if (conditions[i](row) != true) return false;
        return true;
    }

    private Condition Compile(Expr expr, GraphScope graph)
    {
        if (expr is CallExpr { Args: var args } call)
        {
            switch (call.Name)
            {
                case "&&" when args.Count == 2:
                    {
                        var (a, b) = (Compile(args[0], graph), Compile(args[1], graph));
                        return row =>
                        {
                            var x = a(row);
                            if (x == false) return false;
                            var y = b(row);
                            if (y == false) return false;
                            return x == true && y == true ? true : null;
                        };
                    }
                case "||" when args.Count == 2:
                    {
                        var (a, b) = (Compile(args[0], graph), Compile(args[1], graph));
                        return row =>
                        {
                            var x = a(row);
                            if (x == true) return true;
                            var y = b(row);
                            if (y == true) return true;
                            return x == false && y == false ? false : null;
                        };
                    }
                case "!" when args.Count == 1:
                    {
                        var a = Compile(args[0], graph);
                        return row => !a(row);
                    }
                case "=" or "!=" or "<" or ">" or "<=" or ">=" when args.Count == 2
                        && OperandOf(args[0]) is { } left && OperandOf(args[1]) is { } right:
                    return Comparison(call.Name, left, right);
            }
        }
        return row => Ebv(expr, row, graph);
    }

    /// <summary>A comparison's operand whose value needs no evaluation: a variable's (cached per term id) or a constant's.</summary>
    private readonly record struct Operand(int Slot, TermValue Constant);

    private Operand? OperandOf(Expr expr) => expr switch
    {
        VarExpr v => new Operand(_slots[v.Name], default),
        ConstantExpr c => new Operand(-1, TermValue.Of(c.Value)),
        _ => null,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TermValue ValueOf(in Operand operand, long[] row) => operand.Slot >= 0 ? _terms.ValueOf(row[operand.Slot]) : operand.Constant;

    private Condition Comparison(string op, Operand left, Operand right) => op switch
    {
        "=" => row => Operators.ValueEquals(ValueOf(left, row), ValueOf(right, row)),
        "!=" => row => !Operators.ValueEquals(ValueOf(left, row), ValueOf(right, row)),
        "<" => row => Operators.ValueCompare(ValueOf(left, row), ValueOf(right, row)) is int c ? c < 0 : null,
        ">" => row => Operators.ValueCompare(ValueOf(left, row), ValueOf(right, row)) is int c ? c > 0 : null,
        "<=" => row => Operators.ValueCompare(ValueOf(left, row), ValueOf(right, row)) is int c ? c <= 0 : null,
        _ => row => Operators.ValueCompare(ValueOf(left, row), ValueOf(right, row)) is int c ? c >= 0 : null,
    };

    /// <summary>One expression list object in one graph scope: expressions are records, and hashing them by value per lookup costs what the compiling saves.</summary>
    private sealed class ConditionKeyComparer : IEqualityComparer<(IReadOnlyList<Expr> Exprs, GraphScope Graph)>
    {
        public static readonly ConditionKeyComparer Instance = new();

        public bool Equals((IReadOnlyList<Expr> Exprs, GraphScope Graph) x, (IReadOnlyList<Expr> Exprs, GraphScope Graph) y) => ReferenceEquals(x.Exprs, y.Exprs) && x.Graph == y.Graph;

        public int GetHashCode((IReadOnlyList<Expr> Exprs, GraphScope Graph) key) => HashCode.Combine(RuntimeHelpers.GetHashCode(key.Exprs), key.Graph);
    }
}
