using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Sparql.Algebra;

/// <summary>A position in a triple pattern: a variable or a constant term.</summary>
public abstract record Node
{
    public override string ToString() => Sse.Node(this);
}

/// <summary>
/// A variable, named without '?'. Engine-made variables use characters SPARQL names cannot hold:
/// "_:x" for a blank node of the pattern, ".x" for an aggregate or path step, "/x" for a variable
/// hidden inside a subquery.
/// </summary>
public sealed record Var(string Name) : Node
{
    /// <summary>A variable the query wrote itself (not a blank node or an engine-made one).</summary>
    public bool IsNamed => IsUserName(Name);

    public static bool IsUserName(string name) => !(name.StartsWith("_:", StringComparison.Ordinal) || name.StartsWith('.') || name.StartsWith('/'));

    public override string ToString() => "?" + Name;
}

/// <summary>A constant term.</summary>
public sealed record TermNode(Term Term) : Node
{
    public override string ToString() => Sse.Node(this);
}

/// <summary>A triple pattern.</summary>
public sealed record TriplePattern(Node Subject, Node Predicate, Node Object)
{
    public IEnumerable<string> Variables()
    {
        if (Subject is Var s) yield return s.Name;
        if (Predicate is Var p) yield return p.Name;
        if (Object is Var o) yield return o.Name;
    }

    public override string ToString() => $"({Sse.Node(Subject)} {Sse.Node(Predicate)} {Sse.Node(Object)})";
}
