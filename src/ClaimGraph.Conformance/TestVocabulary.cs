using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Conformance;

/// <summary>The manifest vocabulary (mf:), and the RDF test types (rdft:).</summary>
public static class Mf
{
    public const string Namespace = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    public static readonly Iri Manifest = new(Namespace + "Manifest");
    public static readonly Iri Include = new(Namespace + "include");
    public static readonly Iri Entries = new(Namespace + "entries");
    public static readonly Iri Name = new(Namespace + "name");
    public static readonly Iri Action = new(Namespace + "action");
    public static readonly Iri Result = new(Namespace + "result");
    public static readonly Iri AssumedTestBase = new(Namespace + "assumedTestBase");
    public static readonly Iri Requires = new(Namespace + "requires");
}

public static class Rdft
{
    public const string Namespace = "http://www.w3.org/ns/rdftest#";
    public static readonly Iri Approval = new(Namespace + "approval");
    public const string NTriplesPositiveSyntax = Namespace + "TestNTriplesPositiveSyntax";
    public const string NTriplesNegativeSyntax = Namespace + "TestNTriplesNegativeSyntax";
    public const string NQuadsPositiveSyntax = Namespace + "TestNQuadsPositiveSyntax";
    public const string NQuadsNegativeSyntax = Namespace + "TestNQuadsNegativeSyntax";
    public const string TurtlePositiveSyntax = Namespace + "TestTurtlePositiveSyntax";
    public const string TurtleNegativeSyntax = Namespace + "TestTurtleNegativeSyntax";
    public const string TurtleEval = Namespace + "TestTurtleEval";
    public const string TurtleNegativeEval = Namespace + "TestTurtleNegativeEval";
    public const string TrigPositiveSyntax = Namespace + "TestTrigPositiveSyntax";
    public const string TrigNegativeSyntax = Namespace + "TestTrigNegativeSyntax";
    public const string TrigEval = Namespace + "TestTrigEval";
    public const string TrigNegativeEval = Namespace + "TestTrigNegativeEval";
}

public static class Dawgt
{
    public const string Namespace = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#";
    public static readonly Iri Approval = new(Namespace + "approval");
}
