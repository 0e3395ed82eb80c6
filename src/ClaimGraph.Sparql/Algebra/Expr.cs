using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Sparql.Algebra;

/// <summary>An expression of FILTER, BIND, SELECT, ORDER BY, GROUP BY or HAVING.</summary>
public abstract record Expr
{
    public override string ToString() => Sse.Expr(this);

    /// <summary>The variables the expression mentions (EXISTS patterns included).</summary>
    public HashSet<string> Variables()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        AddVariables(set);
        return set;
    }

    internal abstract void AddVariables(HashSet<string> into);
}

public sealed record VarExpr(string Name) : Expr
{
    internal override void AddVariables(HashSet<string> into) => into.Add(Name);
}

public sealed record ConstantExpr(Term Value) : Expr
{
    internal override void AddVariables(HashSet<string> into) { }
}

/// <summary>
/// An operator or function call. <see cref="Name"/> is an operator symbol ("=", "&amp;&amp;", "!",
/// "+", "u-" for unary minus, "u+"), an upper-case built-in keyword ("STRLEN", "IF", "COALESCE",
/// "IN", "NOT IN", "BOUND", ...) or, for an extension function or cast, the full IRI.
/// </summary>
public sealed record CallExpr(string Name, IReadOnlyList<Expr> Args) : Expr
{
    internal override void AddVariables(HashSet<string> into)
    {
        foreach (var a in Args) a.AddVariables(into);
    }

    public bool Equals(CallExpr? other) => other is not null && other.Name == Name && other.Args.SequenceEqual(Args);
    public override int GetHashCode() => HashCode.Combine(Name, Args.Count);
}

/// <summary>EXISTS { pattern } or NOT EXISTS { pattern }.</summary>
public sealed record ExistsExpr(Op Pattern, bool Negated) : Expr
{
    internal override void AddVariables(HashSet<string> into)
    {
        foreach (var v in OpVariables.Mentioned(Pattern)) into.Add(v);
    }
}

/// <summary>
/// An aggregate (COUNT, SUM, MIN, MAX, AVG, SAMPLE, GROUP_CONCAT). Appears only in the aggregate
/// list of a Group operator; elsewhere the parser replaces it by the variable that holds its value.
/// </summary>
public sealed record AggregateExpr(string Name, bool Distinct, Expr? Arg, string? Separator) : Expr
{
    internal override void AddVariables(HashSet<string> into) => Arg?.AddVariables(into);
}
