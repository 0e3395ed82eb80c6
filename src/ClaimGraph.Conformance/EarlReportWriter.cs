using System.Globalization;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Syntax;

namespace ClaimGraph.Conformance;

/// <summary>
/// Writes results as an EARL report in Turtle, the format of W3C implementation reports: ClaimGraph
/// as a doap:Project and earl:TestSubject, one earl:Assertion per test with its earl:TestResult
/// (earl:passed, earl:failed, or earl:untested for skipped tests), dated.
/// </summary>
public static class EarlReportWriter
{
    private const string Earl = "http://www.w3.org/ns/earl#";
    private const string Doap = "http://usefulinc.com/ns/doap#";
    private const string Dc = "http://purl.org/dc/terms/";
    private const string Foaf = "http://xmlns.com/foaf/0.1/";
    public const string ProjectIri = "https://claimgraph.org/#project";

    public static void Write(TextWriter output, IEnumerable<TestResult> results, string version)
    {
        var prefixes = new Dictionary<string, string>
        {
            ["earl"] = Earl, ["doap"] = Doap, ["dc"] = Dc, ["foaf"] = Foaf,
            ["rdf"] = Vocab.Rdf.Namespace, ["xsd"] = Vocab.Xsd.Namespace,
        };
        using var writer = RdfFormat.Turtle.CreateWriter(output, new Rdf.Writing.RdfWriterOptions { Prefixes = prefixes });
        var project = new Iri(ProjectIri);
        void Add(Term s, string p, Term o) => writer.WriteTriple(new Triple(s, new Iri(p), o));

        Add(project, Vocab.Rdf.Namespace + "type", new Iri(Doap + "Project"));
        Add(project, Vocab.Rdf.Namespace + "type", new Iri(Earl + "TestSubject"));
        Add(project, Vocab.Rdf.Namespace + "type", new Iri(Earl + "Software"));
        Add(project, Doap + "name", Literal.String("ClaimGraph"));
        Add(project, Doap + "description", Literal.LangTagged("Fact-checking knowledge graph with its own RDF parsers, store and SPARQL 1.1 engine", "en"));
        Add(project, Doap + "programming-language", Literal.String("C#"));
        var release = new BlankNode("release");
        Add(project, Doap + "release", release);
        Add(release, Doap + "revision", Literal.String(version));

        int n = 0;
        foreach (var result in results)
        {
            n++;
            var assertion = new BlankNode("a" + n.ToString(CultureInfo.InvariantCulture));
            var outcome = new BlankNode("r" + n.ToString(CultureInfo.InvariantCulture));
            Add(assertion, Vocab.Rdf.Namespace + "type", new Iri(Earl + "Assertion"));
            Add(assertion, Earl + "assertedBy", project);
            Add(assertion, Earl + "subject", project);
            Add(assertion, Earl + "test", result.Test.Node);
            Add(assertion, Earl + "mode", new Iri(Earl + "automatic"));
            Add(assertion, Earl + "result", outcome);
            Add(outcome, Vocab.Rdf.Namespace + "type", new Iri(Earl + "TestResult"));
            Add(outcome, Earl + "outcome", new Iri(Earl + result.Outcome.Status switch
            {
                TestStatus.Passed => "passed",
                TestStatus.Failed => "failed",
                _ => "untested",
            }));
            Add(outcome, Dc + "date", Literal.Typed(result.Date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), Vocab.Xsd.DateTime));
            if (result.Outcome.Reason is { Length: > 0 } reason) Add(outcome, Dc + "description", Literal.String(reason));
        }
    }
}
