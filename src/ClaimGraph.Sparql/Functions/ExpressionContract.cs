// CONTRACT between the evaluator and the function library. The evaluator (Eval/) calls these; the
// function library (Functions/) implements them. Signatures here are agreed; bodies are filled in by
// the function library. Errors in SPARQL's sense (type errors, unbound arguments) are returned as
// null, never thrown.
using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Sparql.Functions;

/// <summary>Per-query state that functions need: NOW(), BNODE() scoping, the base IRI for IRI(), RAND().</summary>
public sealed class FunctionContext
{
    public FunctionContext(DateTimeOffset now, string? baseIri = null, int? randomSeed = null)
    {
        Now = now;
        BaseIri = baseIri;
        Random = randomSeed is int seed ? new Random(seed) : new Random();
    }

    /// <summary>The one instant that NOW() returns for the whole query.</summary>
    public DateTimeOffset Now { get; }
    public string? BaseIri { get; }
    public Random Random { get; }

    /// <summary>
    /// The solution being evaluated. The evaluator sets a new value for every solution, so that
    /// BNODE("x") gives the same blank node within one solution and a different one in the next.
    /// </summary>
    public long SolutionId { get; set; }

    private readonly Dictionary<string, BlankNode> _labelledBlankNodes = new(StringComparer.Ordinal);
    private long _labelledBlankNodesSolution = -1;

    /// <summary>BNODE(label): one fresh blank node per distinct label within the current solution.</summary>
    public BlankNode BlankNodeForLabel(string label)
    {
        if (_labelledBlankNodesSolution != SolutionId)
        {
            _labelledBlankNodes.Clear();
            _labelledBlankNodesSolution = SolutionId;
        }
        if (!_labelledBlankNodes.TryGetValue(label, out var node))
            _labelledBlankNodes[label] = node = BlankNode.Fresh();
        return node;
    }
}

/// <summary>SPARQL 1.1 operators (section 17.3) over terms.</summary>
public static partial class Operators
{
    // Implemented in the function library:
    // public static bool? EffectiveBooleanValue(Term? term);               // 17.2.2; null = error
    // public static bool? ValueEquals(Term? a, Term? b);                   // "=" (RDFterm-equal + value equality); null = error
    // public static int? ValueCompare(Term? a, Term? b);                   // "<", ">", ... ; null = error / not comparable
    // public static Term? Add(Term? a, Term? b); Subtract, Multiply, Divide, UnaryMinus, UnaryPlus
    // public static IComparer<Term?> OrderBy { get; }                      // ORDER BY total order (15.1)
}

/// <summary>SPARQL 1.1 built-in functions (section 17.4) and XSD casts, by name.</summary>
public static partial class BuiltInFunctions
{
    // Implemented in the function library:
    // public static bool IsKnown(string name);   // upper-case keyword ("STRLEN", "REGEX", ...) or a full IRI (xsd casts)
    // public static Term? Call(string name, IReadOnlyList<Term?> args, FunctionContext context);
    // Not here (the evaluator handles them, as they need unevaluated arguments or bindings):
    // BOUND, IF, COALESCE, EXISTS, NOT EXISTS, IN, NOT IN, &&, ||, !, sameTerm stays here.
}
