using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ClaimGraph.Search.Indexing;

/// <summary>
/// Turns <see cref="IndexedArticle"/>s into Lucene documents: one for the article, one per sentence.
/// An instance reuses one <see cref="Document"/> and its <see cref="Field"/>s from document to document
/// (Lucene's advice for indexing speed): a new Field costs a token stream and its attribute set on
/// every document, which was the largest single cost of indexing. So a yielded document is valid only
/// until the next one is asked for (IndexWriter consumes each before the next), and an instance serves
/// one thread at a time.
/// </summary>
public sealed class DocumentFactory
{
    private readonly Document _document = new();

    private readonly StringField _sentenceDoc = new(SearchFields.DocType, SearchFields.SentenceDoc, Field.Store.NO);
    private readonly StringField _articleDoc = new(SearchFields.DocType, SearchFields.ArticleDoc, Field.Store.NO);
    private readonly StringField _articleIri = new(SearchFields.ArticleIri, "", Field.Store.YES);
    private readonly StringField _fileName = new(SearchFields.Article, "", Field.Store.YES);
    private readonly StringField _published = new(SearchFields.Published, "", Field.Store.YES);
    private readonly TextField _headline = new(SearchFields.Headline, "", Field.Store.YES);
    private readonly StoredField _sentenceIri = new(SearchFields.Sentence, "");
    private readonly TextField _text = new(SearchFields.Text, "", Field.Store.YES);
    private readonly StoredField _start = new(SearchFields.Start, 0);
    private readonly StoredField _end = new(SearchFields.End, 0);
    private readonly FieldPool _metricIris = new(() => new StringField(SearchFields.Metric, "", Field.Store.YES));
    private readonly FieldPool _metricNames = new(() => new StringField(SearchFields.Metric, "", Field.Store.NO));
    private readonly FieldPool _metricValues = new(() => new SortedSetDocValuesField(SearchFields.Metric, new BytesRef()));
    private readonly FieldPool _claimIris = new(() => new StoredField(SearchFields.Claim, ""));

    /// <summary>The article's documents, the article first; each is valid until the next is asked for.</summary>
    public IEnumerable<Document> Documents(IndexedArticle article)
    {
        string? published = FormatDate(article.Published);
        yield return ArticleDocument(article, published);
        foreach (var sentence in article.Sentences) yield return SentenceDocument(article, published, sentence);
    }

    /// <summary>Every document of an article version carries its IRI, so the version is removed by deleting this term.</summary>
    public static Term ArticleTerm(string articleIri) => new(SearchFields.ArticleIri, articleIri);

    /// <summary>One file holds one article at a time, so a new version replaces whatever the file name held.</summary>
    public static Term FileTerm(string fileName) => new(SearchFields.Article, fileName);

    public static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Document ArticleDocument(IndexedArticle article, string? published)
    {
        StartDocument(_articleDoc, article, published);
        if (article.Headline is not null) Add(_headline, article.Headline);
        return _document;
    }

    private Document SentenceDocument(IndexedArticle article, string? published, IndexedSentence sentence)
    {
        StartDocument(_sentenceDoc, article, published);
        Add(_sentenceIri, sentence.SentenceIri);
        Add(_text, sentence.Text);
        _start.SetInt32Value(sentence.Start);
        _end.SetInt32Value(sentence.End);
        _document.Add(_start);
        _document.Add(_end);
        foreach (var metric in sentence.MetricIris.Distinct(StringComparer.Ordinal))
        {
            Add(_metricIris.Next(), metric);
            Add(_metricNames.Next(), SearchFields.LocalName(metric));
            var counted = _metricValues.Next();   // doc values, for counting hits per metric
            counted.SetBytesValue(new BytesRef(metric));
            _document.Add(counted);
        }
        foreach (var claim in sentence.ClaimIris.Distinct(StringComparer.Ordinal))
            Add(_claimIris.Next(), claim);
        return _document;
    }

    /// <summary>Empties the reused document and adds the fields every document of the article has.</summary>
    private void StartDocument(StringField docType, IndexedArticle article, string? published)
    {
        _document.Fields.Clear();
        _metricIris.Reset();
        _metricNames.Reset();
        _metricValues.Reset();
        _claimIris.Reset();
        _document.Add(docType);
        Add(_articleIri, article.ArticleIri);
        Add(_fileName, article.FileName);
        if (published is not null) Add(_published, published);
    }

    private void Add(Field field, string value)
    {
        field.SetStringValue(value);
        _document.Add(field);
    }

    /// <summary>Fields of one name for multi-valued use: the same instances are handed out again after <see cref="Reset"/>.</summary>
    private sealed class FieldPool(Func<Field> create)
    {
        private readonly List<Field> _fields = [];
        private int _used;

        public void Reset() => _used = 0;

        public Field Next()
        {
            if (_used == _fields.Count) _fields.Add(create());
            return _fields[_used++];
        }
    }
}
