using ClaimGraph.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;

namespace ClaimGraph.Search.Indexing;

/// <summary>
/// The fields of the index. Sentence documents and article documents share one index, told apart by
/// <see cref="DocType"/>. Only <see cref="Text"/> and <see cref="Headline"/> are analysed; the other
/// searchable fields are exact terms (file names, IRIs, ISO dates), so `published:[2021-01-01 TO 2021-03-01]`
/// and `article:003*` work as written.
/// </summary>
public static class SearchFields
{
    /// <summary>"sentence" or "article".</summary>
    public const string DocType = "doc";
    public const string SentenceDoc = "sentence";
    public const string ArticleDoc = "article";

    /// <summary>The article's file name in the corpus (exact).</summary>
    public const string Article = "article";
    public const string ArticleIri = "articleIri";
    /// <summary>The publication date as yyyy-MM-dd (exact; ranges compare as strings, which is date order).</summary>
    public const string Published = "published";
    public const string Headline = "headline";

    /// <summary>The sentence IRI (stored only: every sentence has its own, and a million unique terms took a quarter of indexing time for a field nobody searches).</summary>
    public const string Sentence = "sentence";
    /// <summary>The sentence text, analysed with <see cref="NewsAnalyzer"/>; the default field of queries.</summary>
    public const string Text = "text";
    /// <summary>Code point offsets of the sentence in the article text (stored only).</summary>
    public const string Start = "start";
    public const string End = "end";
    /// <summary>Metric IRIs claimed in the sentence, and each IRI's last segment, so `metric:two-card*` works.</summary>
    public const string Metric = "metric";
    /// <summary>The IRIs of the claims made in the sentence (stored only, as <see cref="Sentence"/>).</summary>
    public const string Claim = "claim";

    /// <summary>The analyzer for every field: <see cref="NewsAnalyzer"/> for text, whole-value keywords for the rest.</summary>
    public static Analyzer CreateAnalyzer() =>
        new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), new Dictionary<string, Analyzer>
        {
            [Text] = new NewsAnalyzer(),
            [Headline] = new NewsAnalyzer(),
        });

    public static bool IsAnalysed(string field) => field is Text or Headline;

    /// <summary>The last segment of an IRI (after the last '/' or '#'), a short name for a metric.</summary>
    public static string LocalName(string iri)
    {
        int cut = iri.LastIndexOfAny(['/', '#']);
        return cut >= 0 && cut < iri.Length - 1 ? iri[(cut + 1)..] : iri;
    }
}
