using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ClaimGraph.Search.Indexing;

/// <summary>Turns <see cref="IndexedArticle"/>s into Lucene documents: one for the article, one per sentence.</summary>
public static class DocumentFactory
{
    public static IEnumerable<Document> Documents(IndexedArticle article)
    {
        yield return ArticleDocument(article);
        foreach (var sentence in article.Sentences) yield return SentenceDocument(article, sentence);
    }

    /// <summary>Every document of an article version carries its IRI, so the version is removed by deleting this term.</summary>
    public static Term ArticleTerm(string articleIri) => new(SearchFields.ArticleIri, articleIri);

    /// <summary>One file holds one article at a time, so a new version replaces whatever the file name held.</summary>
    public static Term FileTerm(string fileName) => new(SearchFields.Article, fileName);

    public static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Document ArticleDocument(IndexedArticle article)
    {
        var doc = new Document
        {
            new StringField(SearchFields.DocType, SearchFields.ArticleDoc, Field.Store.NO),
        };
        AddArticleFields(doc, article);
        if (article.Headline is not null) doc.Add(new TextField(SearchFields.Headline, article.Headline, Field.Store.YES));
        return doc;
    }

    private static Document SentenceDocument(IndexedArticle article, IndexedSentence sentence)
    {
        var doc = new Document
        {
            new StringField(SearchFields.DocType, SearchFields.SentenceDoc, Field.Store.NO),
            new StringField(SearchFields.Sentence, sentence.SentenceIri, Field.Store.YES),
            new TextField(SearchFields.Text, sentence.Text, Field.Store.YES),
            new StoredField(SearchFields.Start, sentence.Start),
            new StoredField(SearchFields.End, sentence.End),
        };
        AddArticleFields(doc, article);
        foreach (var metric in sentence.MetricIris.Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(SearchFields.Metric, metric, Field.Store.YES));
            doc.Add(new StringField(SearchFields.Metric, SearchFields.LocalName(metric), Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(SearchFields.Metric, new BytesRef(metric)));   // for counting hits per metric
        }
        foreach (var claim in sentence.ClaimIris.Distinct(StringComparer.Ordinal))
            doc.Add(new StringField(SearchFields.Claim, claim, Field.Store.YES));
        return doc;
    }

    private static void AddArticleFields(Document doc, IndexedArticle article)
    {
        doc.Add(new StringField(SearchFields.ArticleIri, article.ArticleIri, Field.Store.YES));
        doc.Add(new StringField(SearchFields.Article, article.FileName, Field.Store.YES));
        if (FormatDate(article.Published) is string published)
            doc.Add(new StringField(SearchFields.Published, published, Field.Store.YES));
    }
}
