using System.Globalization;
using ClaimGraph.Search.Indexing;
using ClaimGraph.Search.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ClaimGraph.Search.Querying;

/// <summary>
/// Runs classic-syntax queries against the sentence documents of a <see cref="SearchIndex"/> and turns
/// the top documents into <see cref="SearchHit"/>s with their matched words as article offsets.
/// </summary>
public sealed class SentenceSearcher
{
    private static readonly Filter SentencesOnly = new DocTypeFilter(SearchFields.SentenceDoc);

    private static readonly Filter ArticlesOnly = new DocTypeFilter(SearchFields.ArticleDoc);

    private readonly SearchIndex _index;

    public SentenceSearcher(SearchIndex index)
    {
        _index = index;
    }

    /// <summary>Parses a query in Lucene's classic syntax; throws <see cref="QuerySyntaxException"/> when it cannot.</summary>
    public Query Parse(string queryText) => AllowPureNegation(new SentenceQueryParser(_index.Analyzer).ParseOrExplain(queryText));

    /// <summary>The best <paramref name="limit"/> sentences for a query, with matched words and claims.</summary>
    public SearchResults Search(string queryText, int limit = 10)
    {
        var query = Parse(queryText);
        var searcher = _index.Searcher();
        var top = searcher.Search(query, SentencesOnly, Math.Max(1, limit));
        var matchFinder = new MatchFinder(query, searcher.IndexReader, SearchFields.Text, _index.Analyzer);
        var hits = top.ScoreDocs.Take(limit).Select(scoreDoc => ToHit(searcher, scoreDoc, matchFinder)).ToList();
        return new SearchResults(queryText, top.TotalHits, hits);
    }

    /// <summary>
    /// The bare hits of a query on one searchable field, best first, without match offsets: for
    /// <see cref="SearchFields.Text"/> the sentences (id = sentence IRI, text = the sentence), for
    /// <see cref="SearchFields.Headline"/> the articles (id = article IRI, text = the headline).
    /// </summary>
    public IReadOnlyList<TextHit> TextHits(string queryText, string field, int limit)
    {
        bool headlines = field == SearchFields.Headline;
        var query = AllowPureNegation(new SentenceQueryParser(_index.Analyzer, field).ParseOrExplain(queryText));
        var searcher = _index.Searcher();
        var top = searcher.Search(query, headlines ? ArticlesOnly : SentencesOnly, Math.Max(1, limit));
        return top.ScoreDocs
            .Select(scoreDoc =>
            {
                var doc = searcher.Doc(scoreDoc.Doc);
                return headlines
                    ? new TextHit(doc.Get(SearchFields.ArticleIri), scoreDoc.Score, doc.Get(SearchFields.Headline) ?? "")
                    : new TextHit(doc.Get(SearchFields.Sentence), scoreDoc.Score, doc.Get(SearchFields.Text));
            })
            .ToList();
    }

    /// <summary>How many matching sentences claim each metric (metric IRI to count), most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> CountByMetric(string queryText)
    {
        var searcher = _index.Searcher();
        var counter = new MetricCounter();
        searcher.Search(Parse(queryText), SentencesOnly, counter);
        return [.. counter.Counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)];
    }

    private static SearchHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc, MatchFinder matchFinder)
    {
        var doc = searcher.Doc(scoreDoc.Doc);
        string text = doc.Get(SearchFields.Text);
        int start = doc.GetField(SearchFields.Start).GetInt32Value() ?? 0;
        int end = doc.GetField(SearchFields.End).GetInt32Value() ?? start + CodePoints.Length(text);
        var matches = matchFinder.Find(text)
            .Select(span => new TextSpan(start + CodePoints.FromUtf16(text, span.Start), start + CodePoints.FromUtf16(text, span.End)))
            .ToList();
        var published = doc.Get(SearchFields.Published) is string date
            && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : (DateOnly?)null;
        return new SearchHit(
            Article: doc.Get(SearchFields.Article),
            ArticleIri: doc.Get(SearchFields.ArticleIri),
            Published: published,
            SentenceIri: doc.Get(SearchFields.Sentence),
            Text: text,
            SentenceStart: start,
            SentenceEnd: end,
            Score: scoreDoc.Score,
            Matches: matches,
            ClaimIris: doc.GetValues(SearchFields.Claim),
            MetricIris: doc.GetValues(SearchFields.Metric));
    }

    /// <summary>A query made only of -clauses matches nothing in Lucene; read it as "everything except".</summary>
    private static Query AllowPureNegation(Query query)
    {
        if (query is BooleanQuery boolean && boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Occur == Occur.MUST_NOT))
            boolean.Add(new MatchAllDocsQuery(), Occur.SHOULD);
        return query;
    }

    /// <summary>
    /// The documents of one type, cached per segment as a bit set. CachingWrapperFilter would otherwise
    /// keep a compressed set, which Lucene can only walk in step with the query (a leap-frog that took
    /// a fifth of query time, since nearly every document is a sentence); a bit set lets Lucene check
    /// each candidate document directly.
    /// </summary>
    private sealed class DocTypeFilter(string docType)
        : CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(SearchFields.DocType, docType))))
    {
        protected override DocIdSet DocIdSetToCache(DocIdSet docIdSet, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            if (docIdSet?.GetIterator() is DocIdSetIterator documents) bits.Or(documents);
            return bits;
        }
    }

    /// <summary>Counts matching documents per metric from the metric doc values.</summary>
    private sealed class MetricCounter : ICollector
    {
        private SortedSetDocValues? _metrics;
        private readonly BytesRef _scratch = new();

        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) { }

        public void SetNextReader(AtomicReaderContext context) => _metrics = context.AtomicReader.GetSortedSetDocValues(SearchFields.Metric);

        public void Collect(int doc)
        {
            if (_metrics is null) return;
            _metrics.SetDocument(doc);
            long ord;
            while ((ord = _metrics.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _metrics.LookupOrd(ord, _scratch);
                var metric = _scratch.Utf8ToString();
                Counts[metric] = Counts.GetValueOrDefault(metric) + 1;
            }
        }
    }
}
