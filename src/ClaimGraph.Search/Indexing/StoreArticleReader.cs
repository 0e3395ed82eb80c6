using System.Globalization;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql;
using ClaimGraph.Sparql.Results;
using ClaimGraph.Store;

namespace ClaimGraph.Search.Indexing;

/// <summary>
/// Reads what the index needs back out of the store, by SPARQL over the ingested RDF (vocabulary in
/// ontology/claimgraph.ttl): every sentence of every current article version with its article's file
/// name, date and headline, and the claims (with metrics) made in each sentence. Superseded versions
/// have no graphs left, so they are not seen.
/// </summary>
public static class StoreArticleReader
{
    public const string SentencesQuery = """
        PREFIX cg: <https://claimgraph.org/ns#>
        PREFIX schema: <https://schema.org/>
        SELECT ?article ?file ?published ?headline ?sentence ?text ?start ?end WHERE {
          GRAPH ?sentences { ?sentence a cg:Sentence ; cg:inArticle ?article ; cg:text ?text ; cg:start ?start ; cg:end ?end . }
          GRAPH ?articles { ?article a cg:Article ; cg:fileName ?file . }
          OPTIONAL { GRAPH ?dates { ?article schema:datePublished ?published } }
          OPTIONAL { GRAPH ?headlines { ?article schema:headline ?headline } }
        }
        """;

    public const string ClaimsQuery = """
        PREFIX cg: <https://claimgraph.org/ns#>
        SELECT ?sentence ?claim ?metric WHERE {
          GRAPH ?assertion {
            ?claim a cg:Claim ; cg:sentence ?sentence .
            OPTIONAL { ?claim cg:metric ?metric }
          }
        }
        """;

    /// <summary>The articles of a store snapshot, as the index holds them, in file name order.</summary>
    public static List<IndexedArticle> Read(IQuadReader store, CancellationToken cancel = default)
    {
        var engine = new QueryEngine();
        var claims = new Dictionary<string, (List<string> Claims, List<string> Metrics)>(StringComparer.Ordinal);
        foreach (var row in Rows(engine, ClaimsQuery, store, cancel))
        {
            var sentence = IriOf(row[0]);
            if (sentence is null || IriOf(row[1]) is not string claim) continue;
            if (!claims.TryGetValue(sentence, out var entry)) claims[sentence] = entry = ([], []);
            if (!entry.Claims.Contains(claim)) entry.Claims.Add(claim);
            if (IriOf(row[2]) is string metric && !entry.Metrics.Contains(metric)) entry.Metrics.Add(metric);
        }

        var articles = new Dictionary<string, (string File, DateOnly? Published, string? Headline, List<IndexedSentence> Sentences)>(StringComparer.Ordinal);
        var seen = new HashSet<(string, int)>();
        foreach (var row in Rows(engine, SentencesQuery, store, cancel))
        {
            if (IriOf(row[0]) is not string article || IriOf(row[4]) is not string sentence) continue;
            if (LexicalOf(row[5]) is not string text || IntOf(row[6]) is not int start || IntOf(row[7]) is not int end) continue;
            if (!articles.TryGetValue(article, out var entry))
                articles[article] = entry = (LexicalOf(row[1]) ?? "", DateOf(row[2]), LexicalOf(row[3]), []);
            if (!seen.Add((sentence, start))) continue;   // OPTIONAL rows repeat when an article has two dates or headlines
            var made = claims.GetValueOrDefault(sentence);
            entry.Sentences.Add(new IndexedSentence(sentence, text, start, end,
                (IReadOnlyList<string>?)made.Metrics ?? [], (IReadOnlyList<string>?)made.Claims ?? []));
        }

        return articles
            .Select(a => new IndexedArticle(a.Key, a.Value.File, a.Value.Published, a.Value.Headline,
                [.. a.Value.Sentences.OrderBy(s => s.Start)]))
            .OrderBy(a => a.FileName, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<Term?[]> Rows(QueryEngine engine, string query, IQuadReader store, CancellationToken cancel) =>
        engine.Execute(SparqlParser.ParseQuery(query), store, cancel) is SolutionsResult solutions
            ? solutions.Rows
            : throw new InvalidOperationException("a SELECT query gave no solutions");

    private static string? IriOf(Term? term) => (term as Iri)?.Value;

    private static string? LexicalOf(Term? term) => (term as Literal)?.Lexical;

    private static int? IntOf(Term? term) =>
        term is Literal l && int.TryParse(l.Lexical, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static DateOnly? DateOf(Term? term) =>
        term is Literal l && l.Lexical.Length >= 10
        && DateOnly.TryParseExact(l.Lexical[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
}
