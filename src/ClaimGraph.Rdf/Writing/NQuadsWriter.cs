using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Rdf.Writing;

/// <summary>N-Triples and N-Quads, one statement per line in canonical escapes; streams (nothing is held back).</summary>
internal sealed class NQuadsWriter(TextWriter output, RdfWriterOptions options, bool writeGraphs) : RdfWriter
{
    private readonly BlankNodeLabels _labels = new();
    private readonly RdfWriterOptions _options = options;

    public override void WriteQuad(Quad quad)
    {
        WriteTerm(quad.Subject);
        output.Write(' ');
        WriteTerm(quad.Predicate);
        output.Write(' ');
        WriteTerm(quad.Object);
        if (writeGraphs && quad.Graph is not null)
        {
            output.Write(' ');
            WriteTerm(quad.Graph);
        }
        output.Write(" .\n");
    }

    private void WriteTerm(Term term) => output.Write(term is BlankNode b ? "_:" + _labels.Get(b) : term.ToString());

    private protected override void OnFinish() => output.Flush();
}
