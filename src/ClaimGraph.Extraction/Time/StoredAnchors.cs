using System.Globalization;
using ClaimGraph.Extraction.Rdf;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Store;

namespace ClaimGraph.Extraction.Time;

/// <summary>
/// The named date anchors that earlier ingest runs stored (cg:datesEvent in each article's provenance
/// graph), so that an article ingested alone can still be dated by an event another article dates.
/// </summary>
public static class StoredAnchors
{
    /// <summary>Every stored anchor, except those of the files named in <paramref name="skipFiles"/> (their evidence is read afresh).</summary>
    public static List<DateAnchor> Read(IQuadReader store, IReadOnlySet<string> skipFiles)
    {
        var anchors = new List<DateAnchor>();
        if (!store.TryGetId(CgVocab.DatesEvent, out long datesEvent)) return anchors;
        var articles = new Dictionary<long, (string FileName, string ContentHash)?>();
        foreach (var link in store.Scan(new QuadPattern(TermIds.Any, datesEvent, TermIds.Any, TermIds.Any)).ToList())
        {
            if (!articles.TryGetValue(link.Graph, out var article)) articles[link.Graph] = article = ArticleOf(store, link.Graph);
            if (article is not { } found || skipFiles.Contains(found.FileName)) continue;
            if (Value(store, link.Object, CgVocab.EventDate, link.Graph) is not { } date || !DateOnly.TryParseExact(date.Lexical, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) continue;
            var names = Values(store, link.Object, CgVocab.EventLabel, link.Graph).Select(l => l.Lexical).ToHashSet(StringComparer.Ordinal);
            var start = Value(store, link.Subject, CgVocab.Start, link.Graph);
            var end = Value(store, link.Subject, CgVocab.End, link.Graph);
            if (names.Count == 0 || start is null || end is null) continue;
            var text = Value(store, link.Subject, CgVocab.TextProp, link.Graph)?.Lexical ?? "";
            anchors.Add(new DateAnchor(day, names, new SentenceRef(found.FileName, found.ContentHash, int.Parse(start.Lexical, CultureInfo.InvariantCulture), int.Parse(end.Lexical, CultureInfo.InvariantCulture), text)));
        }
        return anchors;
    }

    /// <summary>File name and content hash of the article whose provenance graph this is.</summary>
    private static (string FileName, string ContentHash)? ArticleOf(IQuadReader store, long provenanceGraph)
    {
        if (store.GetTerm(provenanceGraph) is not Iri graph || !graph.Value.EndsWith("/provenance", StringComparison.Ordinal)) return null;
        if (!store.TryGetId(new Iri(graph.Value[..^"/provenance".Length]), out long article)) return null;
        var fileName = Value(store, article, CgVocab.FileName, provenanceGraph);
        var hash = Value(store, article, CgVocab.ContentHash, provenanceGraph);
        return fileName is null || hash is null ? null : (fileName.Lexical, hash.Lexical);
    }

    private static Literal? Value(IQuadReader store, long subject, Iri predicate, long graph) => Values(store, subject, predicate, graph).FirstOrDefault();

    private static IEnumerable<Literal> Values(IQuadReader store, long subject, Iri predicate, long graph)
    {
        if (!store.TryGetId(predicate, out long p)) yield break;
        foreach (var quad in store.Scan(new QuadPattern(subject, p, TermIds.Any, graph)))
            if (store.GetTerm(quad.Object) is Literal literal) yield return literal;
    }
}
