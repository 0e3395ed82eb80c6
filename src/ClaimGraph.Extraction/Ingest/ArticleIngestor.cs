using System.Collections.Concurrent;
using ClaimGraph.Extraction.Articles;
using ClaimGraph.Extraction.Claims;
using ClaimGraph.Extraction.Metrics;
using ClaimGraph.Extraction.Rdf;
using ClaimGraph.Extraction.Text;
using ClaimGraph.Extraction.Time;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Store;

namespace ClaimGraph.Extraction.Ingest;

/// <summary>Where an ingest run is: files done out of the total, and the file being worked on.</summary>
public readonly record struct IngestProgress(int Done, int Total, string Phase, string? File);

/// <summary>
/// Ingests article files into a store. Two passes: the first reads every file for date evidence
/// (so one article can date another; the events that articles of earlier runs dated are read from
/// the store), the second extracts each article and writes it, then tells the
/// <see cref="IIngestListener"/>s. In the second pass articles are read, extracted and mapped to
/// quads on every core, and written on this thread in file order.
/// Writes are grouped (group commit): the articles of a group go to the store in one transaction, so
/// each article is all or nothing and a crash loses at most the articles of the last, uncommitted
/// group, each whole (a re-run ingests them; ingest is idempotent). Each article is written into the
/// group's transaction as soon as its turn comes, so its quads are garbage at once rather than held
/// until the group commits. A group closes at <see cref="GroupQuads"/> quads or after
/// <see cref="GroupTime"/>, whichever comes first.
/// An unchanged article (same text, same publication date) is neither extracted nor written again;
/// a changed one replaces its old graphs, and the old version stays in the registry graph as
/// superseded. A bad file (empty, binary, not UTF-8, too large) is reported and skipped; the others
/// are still ingested. A store that cannot be written (<see cref="StoreException"/>) stops the run
/// with that exception, once; the groups committed before it stay.
/// </summary>
public sealed class ArticleIngestor(IQuadStore store, MetricCatalog catalog, IEnumerable<IIngestListener>? listeners = null)
{
    private readonly List<IIngestListener> _listeners = listeners?.ToList() ?? [];
    private readonly ArticleReader _reader = new();
    private readonly ArticleExtractor _extractor = new(new MetricResolver(catalog));

    /// <summary>Files larger than this are refused without being read (guards memory).</summary>
    public long MaxFileBytes { get; init; } = 8L << 20;

    /// <summary>The clock for the ingest time recorded in each nanopublication's publication info.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How many articles may wait, extracted, for their turn to be written (bounds the memory the pipeline holds).</summary>
    public int Lookahead { get; init; } = 64;

    /// <summary>A write group is committed once its articles hold this many quads (1 writes every article alone).</summary>
    public int GroupQuads { get; init; } = 1_000_000;

    /// <summary>A write group is committed at the latest this long after its first article (bounds what a crash can lose).</summary>
    public TimeSpan GroupTime { get; init; } = TimeSpan.FromSeconds(5);

    public void AddListener(IIngestListener listener) => _listeners.Add(listener);

    public IngestReport Ingest(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancel = default)
    {
        var report = new IngestReport();
        var (files, metadata) = Expand(paths, report);

        // Pass 1: date evidence from every readable file, on every core (each file is independent).
        var evidence = new DateEvidence?[files.Count];
        int read = 0;
        var reading = new Lock();
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancel }, i =>
        {
            if (TryRead(files[i], out var article, out _)) evidence[i] = DateEvidence.From(article!);
            if (progress is null) return;
            lock (reading) progress.Report(new IngestProgress(++read, files.Count, "reading", files[i]));
        });
        List<DateAnchor> earlier;
        using (var snapshot = store.OpenSnapshot())
            earlier = StoredAnchors.Read(snapshot, files.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal)!);
        var dates = new PublicationDateResolver(evidence.OfType<DateEvidence>().ToList(), metadata.Published, earlier);

        EnsureMetricsGraph();

        // What the store holds as this pass starts: an article stored as it is needs no extraction.
        // This run writes each file once, so for each file the registry stays as read here until its turn.
        using var stored = store.OpenSnapshot();

        // Pass 2: prepared on the thread pool (every core), written here in file order, in groups.
        using var prepared = new BlockingCollection<Task<PreparedArticle>>(Math.Max(1, Lookahead));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        PreparedArticle PrepareFile(int index) => Prepare(index, files[index], evidence[index], dates, stored);
        var dispatching = Task.Factory.StartNew(() =>
        {
            try
            {
                for (int i = 0; i < files.Count; i++)
                {
                    int n = i;
                    prepared.Add(Task.Run(() => PrepareFile(n)), stop.Token);
                }
            }
            finally { prepared.CompleteAdding(); }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        using var group = new PendingGroup(store);
        try
        {
            int done = 0;
            foreach (var task in prepared.GetConsumingEnumerable(stop.Token))
            {
                var article = task.Result;
                progress?.Report(new IngestProgress(done++, files.Count, "ingesting", article.Path));
                if (!Admit(article, report)) continue;
                Write(group, article, report, PrepareFile);
                if (group.Quads >= GroupQuads || group.Age >= GroupTime) Commit(group, report, PrepareFile);
            }
        }
        finally
        {
            Commit(group, report, PrepareFile);   // what was written before a stop is still stored, each article whole
            AwaitListeners(group, report);
            stop.Cancel();   // ends the dispatching thread early when writing stopped early
            try { dispatching.Wait(CancellationToken.None); }   // rethrows a failure of the dispatching thread itself
            catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException)) { }
        }

        progress?.Report(new IngestProgress(files.Count, files.Count, "done", null));
        foreach (var listener in _listeners)
        {
            try { listener.IngestFinished(report); }
            catch (Exception e) { report.Add(new IngestMessage("(listener)", null, null, $"{listener.GetType().Name} failed at the end: {e.Message}", IsError: false)); }
        }
        return report;
    }

    /// <summary>
    /// An article read, dated, extracted and mapped to quads; or read and dated only, because the store
    /// holds it as it is (<see cref="IsStoredAsItIs"/>); or why it could not be.
    /// </summary>
    /// <param name="Index">The file's place in the run, by which it can be prepared again.</param>
    private sealed record PreparedArticle(int Index, string Path, IReadOnlyList<IngestMessage> Problems, ExtractedArticle? Extracted = null, QuadBatch? Quads = null,
        DateTimeOffset PreparedAt = default, StoredArticle? StoredAsItIs = null);

    /// <summary>An article the store already holds with this text and this publication date.</summary>
    private sealed record StoredArticle(Article Article, DateOnly? Published);

    /// <summary>Everything but the store work; runs on the thread pool, several articles at once.</summary>
    private PreparedArticle Prepare(int index, string path, DateEvidence? evidence, PublicationDateResolver dates, IQuadReader stored)
    {
        if (!TryRead(path, out var article, out var problem)) return new PreparedArticle(index, path, [problem!]);
        try
        {
            evidence ??= DateEvidence.From(article!);
            var published = dates.Resolve(evidence);
            var messages = article!.Warnings.Select(warning => new IngestMessage(path, null, null, warning, IsError: false)).ToList();
            if (published.Warning is { } dateWarning) messages.Add(new IngestMessage(path, null, null, dateWarning, IsError: false));
            if (published.Date is null) messages.Add(new IngestMessage(path, null, null, "publication year unknown: " + published.Explanation, IsError: false));
            if (IsStoredAsItIs(stored, article, published.Date, out _)) return new PreparedArticle(index, path, messages, StoredAsItIs: new StoredArticle(article, published.Date));
            var extracted = _extractor.Extract(article, published);
            var now = Clock.GetUtcNow();
            var quads = new QuadBatch(ArticleGraphBuilder.Build(extracted, now, evidence.Anchors));
            quads.Resolve(store, mintedUnder: CgVocab.ArticleIri(article.ContentHash).Value + "/");   // here, on every core, not on the writer's thread
            return new PreparedArticle(index, path, messages, extracted, quads, now);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new PreparedArticle(index, path, [new IngestMessage(path, null, null, "not stored: " + e.Message, IsError: true)]);
        }
    }

    /// <summary>Reports a prepared article's problems; true when it can be written.</summary>
    private static bool Admit(PreparedArticle prepared, IngestReport report)
    {
        foreach (var message in prepared.Problems) report.Add(message);
        if (prepared.Extracted is not null || prepared.StoredAsItIs is not null) return true;
        report.Add(new FileResult(prepared.Path, FileOutcome.Failed, 0, 0));
        return false;
    }

    /// <summary>
    /// The group being written: its transaction (begun with its first article) and what each of its
    /// articles did, reported once the group is committed.
    /// </summary>
    private sealed class PendingGroup(IQuadStore store) : IDisposable
    {
        private readonly System.Diagnostics.Stopwatch _age = new();
        private IStoreTransaction? _transaction;

        public List<WrittenArticle> Written { get; } = [];
        public int Quads { get; private set; }
        public TimeSpan Age => _age.Elapsed;
        public bool IsEmpty => _transaction is null;

        /// <summary>The listeners at work on the last committed group; they report their failures as messages.</summary>
        public Task<List<IngestMessage>> Listening { get; set; } = Task.FromResult(new List<IngestMessage>());

        /// <summary>The group's transaction, begun now if the group is empty.</summary>
        public IStoreTransaction Transaction
        {
            get
            {
                if (_transaction is null)
                {
                    _transaction = store.BeginTransaction();
                    _age.Restart();
                }
                return _transaction;
            }
        }

        public void Add(WrittenArticle article, int quads)
        {
            Written.Add(article);
            Quads += quads;
        }

        /// <summary>Ends the group: its transaction is let go (rolled back unless it was committed).</summary>
        public void Close()
        {
            _transaction?.Dispose();
            _transaction = null;
            Written.Clear();
            Quads = 0;
        }

        public void Dispose() => Close();
    }

    /// <summary>
    /// Writes a prepared article into the group's transaction. When that fails, the transaction may
    /// hold part of the article, so it is dropped and the group's articles are written again, each
    /// alone (<see cref="WriteEachAlone"/>): one bad article costs only itself.
    /// </summary>
    private void Write(PendingGroup group, PreparedArticle article, IngestReport report, Func<int, PreparedArticle> prepareAgain)
    {
        try
        {
            group.Add(WriteInto(group.Transaction, article), article.Quads?.QuadCount ?? 0);
        }
        catch (StoreException)
        {
            // The store itself cannot be written (a full disk, a damaged folder): every article after
            // would fail the same way, so the run stops here; the groups committed before stay.
            group.Close();
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (group.Written.Count == 0) Fail(group, article.Path, e, report);
            else WriteEachAlone(group, [.. group.Written.Select(w => w.Index), article.Index], report, prepareAgain);
        }
    }

    /// <summary>
    /// Commits the group's transaction, then reports its articles and has the listeners told, beside
    /// the next group's writes. When the commit fails, each article is written again alone.
    /// </summary>
    private void Commit(PendingGroup group, IngestReport report, Func<int, PreparedArticle> prepareAgain)
    {
        if (group.IsEmpty) return;
        try
        {
            // The listeners finish the previous group before the store moves past it (the search index records the store version it reflects).
            AwaitListeners(group, report);
            if (group.Written.Any(w => w.Result.Outcome != FileOutcome.Unchanged)) group.Transaction.Commit();   // no new store version for nothing
        }
        catch (StoreException)
        {
            group.Close();
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (group.Written.Count == 1) Fail(group, group.Written[0].Result.Path, e, report);
            else WriteEachAlone(group, group.Written.Select(w => w.Index).ToList(), report, prepareAgain);
            return;
        }
        var written = group.Written.ToList();
        group.Close();
        foreach (var article in written) report.Add(article.Result);
        var changed = written.Where(w => w.Result.Outcome != FileOutcome.Unchanged).ToList();
        if (_listeners.Count > 0 && changed.Count > 0) group.Listening = Task.Run(() => Notify(changed));
    }

    /// <summary>After a failed group: drops its transaction and writes each of its articles again, prepared again from its file, in a group of its own.</summary>
    private void WriteEachAlone(PendingGroup group, List<int> indexes, IngestReport report, Func<int, PreparedArticle> prepareAgain)
    {
        group.Close();
        foreach (int index in indexes)
        {
            var article = prepareAgain(index);
            // Its warnings were reported the first time; only a failure to prepare it now is news.
            if (article.Extracted is null && article.StoredAsItIs is null)
            {
                Admit(article, report);
                continue;
            }
            Write(group, article, report, prepareAgain);
            Commit(group, report, prepareAgain);
        }
    }

    /// <summary>Reports an article that could not be stored and drops the group's transaction, which held only it.</summary>
    private static void Fail(PendingGroup group, string path, Exception e, IngestReport report)
    {
        group.Close();
        report.Add(new IngestMessage(path, null, null, "not stored: " + e.Message, IsError: true));
        report.Add(new FileResult(path, FileOutcome.Failed, 0, 0));
    }

    /// <summary>Waits for the listeners to finish the last committed group and reports what failed in them.</summary>
    private static void AwaitListeners(PendingGroup group, IngestReport report)
    {
        foreach (var message in group.Listening.GetAwaiter().GetResult()) report.Add(message);
        group.Listening = Task.FromResult(new List<IngestMessage>());
    }

    /// <summary>What writing one article did, reported once its group is committed; <paramref name="Index"/> is the file's place in the run.</summary>
    private sealed record WrittenArticle(int Index, FileResult Result, ExtractedArticle? Extracted, Iri Iri, Iri? Superseded);

    /// <summary>Writes one article's graphs and registry entries into the group's transaction.</summary>
    private static WrittenArticle WriteInto(IStoreTransaction tx, PreparedArticle prepared)
    {
        var path = prepared.Path;
        var extracted = prepared.Extracted;
        var now = prepared.PreparedAt;
        var (article, date) = extracted is not null ? (extracted.Article, extracted.Published.Date) : (prepared.StoredAsItIs!.Article, prepared.StoredAsItIs.Published);
        var articleIri = CgVocab.ArticleIri(article.ContentHash);
        var fileIri = CgVocab.FileIri(article.FileName);

        if (IsStoredAsItIs(tx, article, date, out var current))
            return new WrittenArticle(prepared.Index, new FileResult(path, FileOutcome.Unchanged, article.Sentences.Count, StoredClaims(tx, articleIri)), extracted, articleIri, null);
        // Found stored as it is when prepared, and not now: another file of this run with the same name came first.
        if (extracted is null) throw new InvalidOperationException($"another file named {article.FileName} in this run replaced it first; ingest them in separate runs");
        var published = extracted.Published;

        bool knownVersion = tx.TryGetId(articleIri, out _);
        if (current is not null) foreach (var graph in CgVocab.ArticleGraphs(current)) tx.ClearGraph(graph);
        if (current is not null && current != articleIri) foreach (var graph in CgVocab.ArticleGraphs(articleIri)) tx.ClearGraph(graph);
        tx.Add(prepared.Quads!);

        var registry = CgVocab.RegistryGraph;
        if (current is not null) tx.Remove(new Quad(fileIri, CgVocab.CurrentVersion, current, registry));
        // Added as a batch, like the article's own quads: a single add would first check every unchecked quad of the group (see PendingQuads).
        var entries = new List<Quad>
        {
            new(fileIri, Vocab.Rdf.Type, CgVocab.SourceFile, registry),
            new(fileIri, CgVocab.FileName, Literal.String(article.FileName), registry),
            new(fileIri, CgVocab.CurrentVersion, articleIri, registry),
            new(fileIri, CgVocab.Version, articleIri, registry),
            new(articleIri, Vocab.Rdf.Type, CgVocab.Article, registry),
            new(articleIri, CgVocab.FileName, Literal.String(article.FileName), registry),
            new(articleIri, CgVocab.ContentHash, Literal.String(article.ContentHash), registry),
        };
        // A version first stored by an earlier run (or an earlier file of this one) keeps its first ingest time.
        if (!knownVersion || Object(tx, articleIri, CgVocab.IngestedAt, registry) is null)
            entries.Add(new Quad(articleIri, CgVocab.IngestedAt, Literal.Typed(now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), Vocab.Xsd.DateTime), registry));
        bool replaced = current is not null && current != articleIri;
        if (replaced)
        {
            entries.Add(new Quad(current!, CgVocab.SupersededBy, articleIri, registry));
            entries.Add(new Quad(articleIri, CgVocab.Prov.WasRevisionOf, current!, registry));
        }
        tx.Add(new QuadBatch(entries));
        var outcome = replaced ? FileOutcome.Replaced : FileOutcome.Added;
        return new WrittenArticle(prepared.Index, new FileResult(path, outcome, article.Sentences.Count, extracted.Claims.Count), extracted, articleIri, replaced ? current : null);
    }

    /// <summary>Tells the listeners about committed articles, one at a time, in commit order; returns what failed.</summary>
    private List<IngestMessage> Notify(List<WrittenArticle> committed)
    {
        var failures = new List<IngestMessage>();
        foreach (var written in committed)
        {
            var (articleIri, extracted) = (written.Iri, written.Extracted!);   // changed articles were extracted
            var article = extracted.Article;
            var sentences = article.Sentences.Select(s => new IngestedSentence(CgVocab.SentenceIri(articleIri, s.Span.Start, s.Span.End), s.Text, s.Span.Start, s.Span.End)).ToList();
            var claims = extracted.Claims.Select(c => new IngestedClaim(
                CgVocab.ClaimIri(articleIri, c.Span.Start, c.Span.End),
                CgVocab.SentenceIri(articleIri, c.Sentence.Span.Start, c.Sentence.Span.End),
                c.Quantity.Text, c.Span.Start, c.Span.End, c.Quantity.Value, c.Quantity.Unit.Code,
                new Iri(c.Metric.Iri), c.Metric.Label, c.Time.AsOf)).ToList();
            var ingested = new IngestedArticle(article.FileName, articleIri, written.Superseded, extracted.Published.Date, article.Headline, sentences, claims);
            foreach (var listener in _listeners)
            {
                try { listener.ArticleCommitted(ingested); }
                catch (Exception e) { failures.Add(new IngestMessage(written.Result.Path, null, null, $"stored, but {listener.GetType().Name} failed: {e.Message}", IsError: false)); }
            }
        }
        return failures;
    }

    /// <summary>Writes the metric catalog into its graph when the store holds another version of it.</summary>
    private void EnsureMetricsGraph()
    {
        if (catalog.Triples.Count == 0) return;
        using var tx = store.BeginTransaction();
        var stored = Object(tx, CgVocab.MetricsGraph, CgVocab.MetricsHash, CgVocab.RegistryGraph) as Literal;
        if (stored?.Lexical == catalog.SourceHash) return;
        tx.ClearGraph(CgVocab.MetricsGraph);
        foreach (var triple in catalog.Triples) tx.Add(new Quad(triple, CgVocab.MetricsGraph));
        if (stored is not null) tx.Remove(new Quad(CgVocab.MetricsGraph, CgVocab.MetricsHash, stored, CgVocab.RegistryGraph));
        tx.Add(new Quad(CgVocab.MetricsGraph, CgVocab.MetricsHash, Literal.String(catalog.SourceHash), CgVocab.RegistryGraph));
        tx.Commit();
    }

    /// <summary>Whether the file's current version is this text with this publication date; <paramref name="current"/> is the file's current version, if any.</summary>
    private static bool IsStoredAsItIs(IQuadReader reader, Article article, DateOnly? date, out Iri? current)
    {
        current = Object(reader, CgVocab.FileIri(article.FileName), CgVocab.CurrentVersion, CgVocab.RegistryGraph) as Iri;
        var articleIri = CgVocab.ArticleIri(article.ContentHash);
        return current == articleIri && SameDate(reader, articleIri, date);
    }

    /// <summary>How many claims the stored version of an article makes.</summary>
    private static int StoredClaims(IQuadReader reader, Iri article)
    {
        if (!reader.TryGetId(Vocab.Rdf.Type, out long type) || !reader.TryGetId(CgVocab.Claim, out long claim)
            || !reader.TryGetId(CgVocab.AssertionGraph(article), out long graph)) return 0;
        return reader.Scan(new QuadPattern(TermIds.Any, type, claim, graph)).Count();
    }

    private static bool SameDate(IQuadReader reader, Iri article, DateOnly? date)
    {
        var stored = Object(reader, article, CgVocab.Schema.DatePublished, CgVocab.ProvenanceGraph(article)) as Literal;
        return date is null ? stored is null : stored is not null && stored.Equals(Literal.Date(date.Value));
    }

    /// <summary>The object of the first quad (subject, predicate, ?, graph), or null.</summary>
    private static Term? Object(IQuadReader reader, Iri subject, Iri predicate, Iri graph)
    {
        if (!reader.TryGetId(subject, out long s) || !reader.TryGetId(predicate, out long p) || !reader.TryGetId(graph, out long g)) return null;
        foreach (var quad in reader.Scan(new QuadPattern(s, p, TermIds.Any, g))) return reader.GetTerm(quad.Object);
        return null;
    }

    // ------------------------------------------------------------------ files

    private bool TryRead(string path, out Article? article, out IngestMessage? problem)
    {
        article = null;
        problem = null;
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
            {
                problem = new IngestMessage(path, null, null, $"file is {info.Length / (1 << 20)} MB; articles over {MaxFileBytes / (1 << 20)} MB are refused", IsError: true);
                return false;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = new IngestMessage(path, null, null, "cannot be read: " + e.Message, IsError: true);
            return false;
        }
        if (!ArticleDecoder.TryDecode(bytes, out var text, out var decodeProblem))
        {
            problem = new IngestMessage(path, decodeProblem!.Line, decodeProblem.Column, decodeProblem.Message, IsError: true);
            return false;
        }
        article = _reader.Read(Path.GetFileName(path), text);
        return true;
    }

    /// <summary>The article files (folders give their *.txt files, sorted) and the metadata of their folders.</summary>
    private static (List<string> Files, CorpusMetadata Metadata) Expand(IEnumerable<string> paths, IngestReport report)
    {
        var files = new List<string>();
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                folders.Add(Path.GetFullPath(path));
                files.AddRange(Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
                foreach (var sub in Directory.EnumerateDirectories(path, "*", SearchOption.AllDirectories)) folders.Add(Path.GetFullPath(sub));
            }
            else if (File.Exists(path))
            {
                if (Path.GetFileName(path) == CorpusMetadata.FileName) continue;
                files.Add(path);
                folders.Add(Path.GetDirectoryName(Path.GetFullPath(path))!);
            }
            else
            {
                report.Add(new IngestMessage(path, null, null, "no such file or folder", IsError: true));
                report.Add(new FileResult(path, FileOutcome.Failed, 0, 0));
            }
        }
        var metadata = new CorpusMetadata();
        foreach (var folder in folders)
        {
            var file = Path.Combine(folder, CorpusMetadata.FileName);
            if (File.Exists(file)) metadata.Load(file, (line, message) => report.Add(new IngestMessage(file, line, 1, message, IsError: false)));
        }
        return (files.Distinct(StringComparer.Ordinal).ToList(), metadata);
    }
}
