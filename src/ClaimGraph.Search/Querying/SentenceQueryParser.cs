using ClaimGraph.Search.Analysis;
using ClaimGraph.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace ClaimGraph.Search.Querying;

/// <summary>
/// Lucene's classic query syntax over the sentence index. Words are ANDed by default (a fact-checker
/// looking for "arrested suspects" wants both words; OR is there when written), with three adjustments:
/// fuzzy terms on text fields are stemmed first (the index holds stems, so `arested~1` must look for
/// "arest", one edit from "arrest"); exact-value fields (article, published, metric, ...) keep their case
/// in wildcard and prefix terms; and ranges on exact-value fields compare the values as written
/// (ISO dates), never through the parser's locale date guessing.
/// </summary>
public sealed class SentenceQueryParser : QueryParser
{
    private readonly Analyzer _analyzer;

    public SentenceQueryParser(Analyzer analyzer, string defaultField = SearchFields.Text) : base(NewsAnalyzer.Version, defaultField, analyzer)
    {
        _analyzer = analyzer;
        DefaultOperator = AND_OPERATOR;
        AllowLeadingWildcard = true;
    }

    /// <summary>Parses a query, turning syntax errors into <see cref="QuerySyntaxException"/>.</summary>
    public Query ParseOrExplain(string query)
    {
        if (string.IsNullOrWhiteSpace(query)) throw new QuerySyntaxException("the query is empty", 1);
        try
        {
            return Parse(query);
        }
        catch (ParseException e)
        {
            throw ParseErrorTranslator.Translate(query, e);
        }
        catch (TokenMgrError e)
        {
            throw ParseErrorTranslator.Translate(query, e);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new QuerySyntaxException("the query expands to too many terms; make wildcard or fuzzy terms more specific", 1);
        }
    }

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        if (SearchFields.IsAnalysed(field))
        {
            var tokens = _analyzer.Tokens(field, termStr);
            if (tokens.Count == 1) termStr = tokens[0].Term;
            return base.GetFuzzyQuery(field, termStr, minSimilarity);
        }
        int edits = minSimilarity >= 1 ? (int)minSimilarity : FuzzyQuery.DefaultMaxEdits;
        return new FuzzyQuery(new Term(field, termStr), Math.Min(edits, FuzzyQuery.DefaultMaxEdits), FuzzyPrefixLength);
    }

    protected override Query GetWildcardQuery(string field, string termStr) =>
        SearchFields.IsAnalysed(field) ? base.GetWildcardQuery(field, termStr) : new WildcardQuery(new Term(field, termStr));

    protected override Query GetPrefixQuery(string field, string termStr) =>
        SearchFields.IsAnalysed(field) ? base.GetPrefixQuery(field, termStr) : new PrefixQuery(new Term(field, termStr));

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        SearchFields.IsAnalysed(field)
            ? base.GetRangeQuery(field, part1, part2, startInclusive, endInclusive)
            : TermRangeQuery.NewStringRange(field, OpenEnd(part1), OpenEnd(part2), startInclusive, endInclusive);

    private static string? OpenEnd(string? bound) => bound is null or "*" ? null : bound;
}
