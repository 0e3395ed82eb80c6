namespace ClaimGraph.Rdf.Model;

/// <summary>
/// A quad: a triple and the graph it is in. <see cref="Graph"/> is null for the default graph.
/// Positions are typed <see cref="Term"/> so that generalized quads (as SPARQL templates produce
/// before validation) can be represented; readers only produce valid RDF.
/// </summary>
public readonly record struct Quad(Term Subject, Term Predicate, Term Object, Term? Graph)
{
    public Quad(Triple triple, Term? graph) : this(triple.Subject, triple.Predicate, triple.Object, graph) { }

    public bool InDefaultGraph => Graph is null;

    public Triple Triple => new(Subject, Predicate, Object);

    public override string ToString() =>
        Graph is null ? $"{Subject} {Predicate} {Object} ." : $"{Subject} {Predicate} {Object} {Graph} .";
}

/// <summary>A triple: subject, predicate, object.</summary>
public readonly record struct Triple(Term Subject, Term Predicate, Term Object)
{
    public override string ToString() => $"{Subject} {Predicate} {Object} .";
}
