using ClaimGraph.Rdf.Comparison;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Syntax;

namespace ClaimGraph.Conformance;

/// <summary>
/// The RDF 1.1 syntax suites: positive and negative syntax tests for N-Triples, N-Quads, Turtle and
/// TriG, and Turtle/TriG evaluation tests (the parsed action must be isomorphic to the expected
/// N-Triples/N-Quads result). Each file is parsed with its own IRI as base.
/// </summary>
public sealed class RdfSyntaxTestHandlers : ITestHandlerModule
{
    public void Register(TestHandlerRegistry registry)
    {
        registry.Register(Rdft.NTriplesPositiveSyntax, t => PositiveSyntax(t, RdfFormat.NTriples));
        registry.Register(Rdft.NTriplesNegativeSyntax, t => NegativeSyntax(t, RdfFormat.NTriples));
        registry.Register(Rdft.NQuadsPositiveSyntax, t => PositiveSyntax(t, RdfFormat.NQuads));
        registry.Register(Rdft.NQuadsNegativeSyntax, t => NegativeSyntax(t, RdfFormat.NQuads));
        registry.Register(Rdft.TurtlePositiveSyntax, t => PositiveSyntax(t, RdfFormat.Turtle));
        registry.Register(Rdft.TurtleNegativeSyntax, t => NegativeSyntax(t, RdfFormat.Turtle));
        registry.Register(Rdft.TurtleNegativeEval, t => NegativeSyntax(t, RdfFormat.Turtle));
        registry.Register(Rdft.TurtleEval, t => Evaluation(t, RdfFormat.Turtle, RdfFormat.NTriples));
        registry.Register(Rdft.TrigPositiveSyntax, t => PositiveSyntax(t, RdfFormat.TriG));
        registry.Register(Rdft.TrigNegativeSyntax, t => NegativeSyntax(t, RdfFormat.TriG));
        registry.Register(Rdft.TrigNegativeEval, t => NegativeSyntax(t, RdfFormat.TriG));
        registry.Register(Rdft.TrigEval, t => Evaluation(t, RdfFormat.TriG, RdfFormat.NQuads));
    }

    /// <summary>Every quad of a suite file, read with the file's suite IRI as base.</summary>
    public static List<Quad> ReadSuiteFile(TestCase test, Term fileIri, RdfFormat format)
    {
        var path = test.FileOf(fileIri);
        return RdfFile.ReadQuads(path, format, new RdfReaderOptions { BaseIri = ((Iri)fileIri).Value, SourceName = path }).ToList();
    }

    private static TestOutcome PositiveSyntax(TestCase test, RdfFormat format)
    {
        try
        {
            ReadSuiteFile(test, Require(test.Action, test, "mf:action"), format);
            return TestOutcome.Pass;
        }
        catch (RdfSyntaxException e)
        {
            return TestOutcome.Fail("rejected valid input: " + e.Message);
        }
    }

    private static TestOutcome NegativeSyntax(TestCase test, RdfFormat format)
    {
        try
        {
            var quads = ReadSuiteFile(test, Require(test.Action, test, "mf:action"), format);
            return TestOutcome.Fail($"accepted invalid input ({quads.Count} quads read)");
        }
        catch (RdfSyntaxException)
        {
            return TestOutcome.Pass;
        }
    }

    private static TestOutcome Evaluation(TestCase test, RdfFormat format, RdfFormat resultFormat)
    {
        List<Quad> actual;
        try
        {
            actual = ReadSuiteFile(test, Require(test.Action, test, "mf:action"), format);
        }
        catch (RdfSyntaxException e)
        {
            return TestOutcome.Fail("rejected valid input: " + e.Message);
        }
        var expected = ReadSuiteFile(test, Require(test.Result, test, "mf:result"), resultFormat);
        var difference = QuadSetIsomorphism.Difference(expected, actual);
        return difference is null ? TestOutcome.Pass : TestOutcome.Fail("result not isomorphic to the expected one: " + difference);
    }

    private static Term Require(Term? term, TestCase test, string property) =>
        term ?? throw new InvalidOperationException($"test {test.Id} has no {property}");
}
