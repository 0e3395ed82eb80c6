using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Rdf.Writing;

/// <summary>How a document is written.</summary>
public sealed record RdfWriterOptions
{
    /// <summary>Prefixes (without ':') to namespace IRIs, used by Turtle and TriG for prefixed names.</summary>
    public IReadOnlyDictionary<string, string>? Prefixes { get; init; }

    public static RdfWriterOptions Default { get; } = new();
}

/// <summary>
/// Writes quads in one syntax. Call <see cref="Finish"/> (or Dispose) at the end: Turtle and TriG
/// group subjects, so they write only then. The writer does not close the TextWriter.
/// Formats without named graphs (N-Triples, Turtle) write every triple, whatever graph it is in.
/// </summary>
public abstract class RdfWriter : IDisposable
{
    private bool _finished;

    public abstract void WriteQuad(Quad quad);

    public void WriteTriple(Triple triple) => WriteQuad(new Quad(triple, null));

    public void WriteQuads(IEnumerable<Quad> quads)
    {
        foreach (var quad in quads) WriteQuad(quad);
    }

    /// <summary>Writes whatever is pending and flushes. Idempotent.</summary>
    public void Finish()
    {
        if (_finished) return;
        _finished = true;
        OnFinish();
    }

    private protected abstract void OnFinish();

    public void Dispose() => Finish();
}
