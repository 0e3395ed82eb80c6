using System.Globalization;
using ClaimGraph.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ClaimGraph.Search.Indexing;

/// <summary>
/// The sentence index of one store, in the store's folder (<c>DIR/search/</c>) or in memory.
/// Every commit records the store version it reflects (commit user data), so that after a crash
/// between the store's commit and the index's, <see cref="EnsureInStep"/> sees the two disagree and
/// rebuilds the index from the store. One process writes at a time (Lucene's write.lock).
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const string FolderName = "search";
    private const string StoreVersionKey = "claimgraph.storeVersion";

    private readonly LuceneDirectory _directory;
    /// <summary>One per indexing thread: a factory reuses its fields from document to document.</summary>
    private readonly ThreadLocal<DocumentFactory> _documents = new(() => new DocumentFactory());
    private IndexWriter? _writer;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;
    private bool _committedSinceOpen;
    private long _lastReopenCheck;

    private SearchIndex(LuceneDirectory directory)
    {
        _directory = directory;
        Analyzer = SearchFields.CreateAnalyzer();
    }

    /// <summary>The analyzer of every field (see <see cref="SearchFields.CreateAnalyzer"/>).</summary>
    public Analyzer Analyzer { get; }

    /// <summary>The index folder inside a store folder.</summary>
    public static string FolderOf(string storeDirectory) => Path.Combine(storeDirectory, FolderName);

    /// <summary>Opens (or prepares to create) the index inside a store folder.</summary>
    public static SearchIndex OpenInStore(string storeDirectory)
    {
        var folder = FolderOf(storeDirectory);
        System.IO.Directory.CreateDirectory(folder);
        return new SearchIndex(FSDirectory.Open(folder));
    }

    /// <summary>True when a store folder holds a committed index.</summary>
    public static bool ExistsInStore(string storeDirectory)
    {
        var folder = FolderOf(storeDirectory);
        if (!System.IO.Directory.Exists(folder)) return false;
        using var directory = FSDirectory.Open(folder);
        return DirectoryReader.IndexExists(directory);
    }

    /// <summary>An index in memory, for tests and for queries over a dataset loaded from files.</summary>
    public static SearchIndex InMemory() => new(new RAMDirectory());

    /// <summary>True when at least one commit exists.</summary>
    public bool Exists => DirectoryReader.IndexExists(_directory);

    /// <summary>The store version recorded by the last commit, or null when there is no index or no version.</summary>
    public long? StoreVersion
    {
        get
        {
            if (!Exists) return null;
            var commits = DirectoryReader.ListCommits(_directory);
            var data = commits[^1].UserData;
            return data.TryGetValue(StoreVersionKey, out var text)
                && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var version)
                ? version
                : null;
        }
    }

    /// <summary>Adds an article's documents, replacing any earlier version of it (same IRI or same file name). Seen after <see cref="Commit"/>.</summary>
    public void IndexArticle(IndexedArticle article)
    {
        var writer = Writer();
        writer.DeleteDocuments(DocumentFactory.ArticleTerm(article.ArticleIri), DocumentFactory.FileTerm(article.FileName));
        writer.AddDocuments(_documents.Value!.Documents(article));
    }

    /// <summary>Removes an article's documents. Seen after <see cref="Commit"/>.</summary>
    public void RemoveArticle(string articleIri) => Writer().DeleteDocuments(DocumentFactory.ArticleTerm(articleIri));

    /// <summary>Makes every change since the last commit durable, recording the store version it reflects.</summary>
    public void Commit(long storeVersion)
    {
        var writer = Writer();
        writer.SetCommitData(new Dictionary<string, string>
        {
            [StoreVersionKey] = storeVersion.ToString(CultureInfo.InvariantCulture),
        });
        writer.Commit();
        _committedSinceOpen = true;
    }

    /// <summary>Replaces the whole index with these articles and records the store version.</summary>
    public int Rebuild(IEnumerable<IndexedArticle> articles, long storeVersion)
    {
        var writer = Writer();
        writer.DeleteAll();
        int count = 0;
        using var source = articles.GetEnumerator();
        bool Next(out IndexedArticle article)
        {
            lock (source)
            {
                bool more = source.MoveNext();
                article = more ? source.Current : null!;
                return more;
            }
        }
        // IndexWriter takes documents from several threads at once, each into its own segment. Dedicated
        // threads rather than Parallel.ForEach: its pool workers spun between work items, a fifth more CPU.
        var workers = Enumerable.Range(0, Environment.ProcessorCount)
            .Select(_ => Task.Factory.StartNew(() =>
            {
                var documents = _documents.Value!;
                while (Next(out var article))
                {
                    writer.AddDocuments(documents.Documents(article));
                    Interlocked.Increment(ref count);
                }
            }, TaskCreationOptions.LongRunning))
            .ToArray();
        Task.WaitAll(workers);
        Commit(storeVersion);
        return count;
    }

    /// <summary>
    /// Rebuilds the index from <paramref name="articlesInStore"/> when it is missing or records a store
    /// version other than <paramref name="storeVersion"/>. Returns true when it rebuilt.
    /// </summary>
    public bool EnsureInStep(long storeVersion, Func<IEnumerable<IndexedArticle>> articlesInStore)
    {
        if (StoreVersion == storeVersion) return false;
        Rebuild(articlesInStore(), storeVersion);
        return true;
    }

    /// <summary>
    /// A searcher over the last commit. The reader is reopened after this instance commits, and checked
    /// for other processes' commits at most once a second (a check reads the folder).
    /// </summary>
    public IndexSearcher Searcher()
    {
        if (_reader is null)
        {
            _reader = DirectoryReader.Open(_directory);
            _searcher = new IndexSearcher(_reader);
            _lastReopenCheck = Environment.TickCount64;
        }
        else if (_committedSinceOpen || Environment.TickCount64 - _lastReopenCheck > 1000)
        {
            _lastReopenCheck = Environment.TickCount64;
            _committedSinceOpen = false;
            if (DirectoryReader.OpenIfChanged(_reader) is DirectoryReader newer)
            {
                _reader.Dispose();
                _reader = newer;
                _searcher = new IndexSearcher(newer);
            }
        }
        return _searcher!;
    }

    private IndexWriter Writer()
    {
        if (_writer is not null) return _writer;
        var config = new IndexWriterConfig(NewsAnalyzer.Version, Analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 128,
            UseCompoundFile = false,   // fewer copies while indexing; the index holds few, large segments
        };
        try
        {
            _writer = new IndexWriter(_directory, config);
        }
        catch (LockObtainFailedException)
        {
            throw new SearchIndexException("the search index is being written by another claimgraph process; try again when it has finished");
        }
        return _writer;
    }

    public void Dispose()
    {
        _reader?.Dispose();
        // Rollback, not Dispose: Lucene's Dispose would commit changes that Commit has not stamped with a store version.
        _writer?.Rollback();
        _directory.Dispose();
        Analyzer.Dispose();
        _documents.Dispose();
    }
}

/// <summary>A problem with the search index to show the user as one line.</summary>
public sealed class SearchIndexException(string message) : Exception(message);
