using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Sparql.Algebra;

/// <summary>
/// An operator of the SPARQL algebra (section 18), immutable. <see cref="object.ToString"/> prints
/// it as an S-expression in the style of Jena's SSE.
/// </summary>
public abstract record Op
{
    public sealed override string ToString() => Sse.Op(this);
}

/// <summary>A basic graph pattern. The empty BGP is the join identity (one empty solution).</summary>
public sealed record BgpOp(IReadOnlyList<TriplePattern> Triples) : Op
{
    public static readonly BgpOp Empty = new(Array.Empty<TriplePattern>());
}

/// <summary>A property path pattern that is not a plain triple.</summary>
public sealed record PathOp(Node Subject, PropertyPath Path, Node Object) : Op;

/// <summary>How a join is evaluated; chosen by the optimizer.</summary>
public enum JoinStrategy
{
    /// <summary>Let the evaluator decide (bind join when the right side takes bindings, else hash join).</summary>
    Auto,
    /// <summary>Index nested loop: every left solution is pushed into the right side.</summary>
    Bind,
    /// <summary>Build a hash table on the right side, probe with the left.</summary>
    Hash,
}

public sealed record JoinOp(Op Left, Op Right, JoinStrategy Strategy = JoinStrategy.Auto) : Op;

/// <summary>
/// Filter(LeftKey = RightKey, Join(Left, Right)) where each key is an expression over one side only
/// (optimizer-made): a hash join on the keys' values, and on the variables both sides bind for sure,
/// instead of the cross product (or the join on the shared variables alone) the join would be.
/// </summary>
public sealed record ValueJoinOp(Op Left, Op Right, Expr LeftKey, Expr RightKey) : Op;

/// <summary>OPTIONAL: <see cref="Filter"/> is the filter of the optional part (null = true).</summary>
public sealed record LeftJoinOp(Op Left, Op Right, Expr? Filter, JoinStrategy Strategy = JoinStrategy.Auto) : Op;

public sealed record FilterOp(IReadOnlyList<Expr> Exprs, Op Inner) : Op;

public sealed record UnionOp(Op Left, Op Right) : Op;

public sealed record MinusOp(Op Left, Op Right) : Op;

/// <summary>GRAPH g { ... }: <see cref="Graph"/> is an IRI or a variable.</summary>
public sealed record GraphOp(Node Graph, Op Inner) : Op;

/// <summary>BIND(expr AS ?var), and the expressions of SELECT and GROUP BY.</summary>
public sealed record ExtendOp(Op Inner, string Variable, Expr Expr) : Op;

/// <summary>A GROUP BY key: the expression, and the variable it binds (null when the key is not a plain variable and has no AS).</summary>
public sealed record GroupKey(Expr Expr, string? Variable);

/// <summary>An aggregate and the (engine-made) variable that receives its value.</summary>
public sealed record GroupAggregate(string Variable, AggregateExpr Aggregate);

/// <summary>
/// Group + Aggregation (18.2.4.1). No keys = one group over all solutions. <see cref="OverBand"/>
/// (optimizer-made) marks a group whose inner operator is Filter(band, Join(left, right)) with keys
/// over the left side, only MIN and MAX over right-side variables, and a band that compares a left
/// variable with a right one: the evaluator then reads each left solution's extremes from the right
/// side sorted on the band variable instead of visiting every pair.
/// </summary>
public sealed record GroupOp(Op Inner, IReadOnlyList<GroupKey> Keys, IReadOnlyList<GroupAggregate> Aggregates, bool OverBand = false) : Op;

public sealed record SortCondition(Expr Expr, bool Descending);

public sealed record OrderByOp(Op Inner, IReadOnlyList<SortCondition> Conditions) : Op;

/// <summary>ORDER BY with LIMIT: only the first <see cref="Limit"/> solutions in order are kept (optimizer-made).</summary>
public sealed record TopNOp(Op Inner, IReadOnlyList<SortCondition> Conditions, long Limit) : Op;

public sealed record ProjectOp(Op Inner, IReadOnlyList<string> Variables) : Op;

public sealed record DistinctOp(Op Inner) : Op;

public sealed record ReducedOp(Op Inner) : Op;

/// <summary>OFFSET/LIMIT. <see cref="Limit"/> is -1 when there is none.</summary>
public sealed record SliceOp(Op Inner, long Offset, long Limit) : Op;

/// <summary>VALUES: a table of solutions; null = unbound (UNDEF).</summary>
public sealed record TableOp(IReadOnlyList<string> Variables, IReadOnlyList<Term?[]> Rows) : Op
{
    /// <summary>The table with no variables and one empty row: the join identity.</summary>
    public static readonly TableOp Unit = new(Array.Empty<string>(), new[] { Array.Empty<Term?>() });
}

public sealed record ServiceOp(Node Endpoint, Op Inner, bool Silent) : Op;

/// <summary>A triple pattern whose predicate is a registered property function (optimizer-made).</summary>
public sealed record PropertyFunctionOp(string FunctionIri, IReadOnlyList<Node> Subject, IReadOnlyList<Node> Object) : Op;
