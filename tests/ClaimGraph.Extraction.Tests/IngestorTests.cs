using ClaimGraph.Extraction.Ingest;
using ClaimGraph.Extraction.Metrics;
using ClaimGraph.Extraction.Rdf;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Store;

namespace ClaimGraph.Extraction.Tests;

public sealed class IngestorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cg-ingest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes) { var p = Path.Combine(_folder, name); File.WriteAllBytes(p, bytes); return p; }
    private string Write(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

    private sealed class Recorder : IIngestListener
    {
        public List<IngestedArticle> Committed { get; } = [];
        public void ArticleCommitted(IngestedArticle article) => Committed.Add(article);
    }

    [Fact]
    public void Bad_files_fail_one_by_one_and_the_rest_is_ingested()
    {
        var good = Write("good.txt", "Xinhua, Beijing, March 3, 2021 (Reporter Li Ming) Police arrested 120 suspects so far.");
        var empty = Write("empty.txt", "");
        var binary = Write("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01]);
        var latin1 = Write("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x31, 0x32]);
        using var store = QuadStoreFactory.InMemory();
        var recorder = new Recorder();
        var ingestor = new ArticleIngestor(store, MetricCatalogLoader.BuiltIn(), [recorder]) { MaxFileBytes = 1 << 20 };
        var big = Write("big.txt", new byte[(1 << 20) + 1].Select(_ => (byte)'a').ToArray());

        var report = ingestor.Ingest([good, empty, binary, latin1, big]);

        Assert.Equal(4, report.Failed);
        Assert.Equal(1, report.Written);
        Assert.Contains(report.Messages, m => m.File == latin1 && m.IsError && m.Line == 1 && m.Column == 4);
        Assert.Contains(report.Messages, m => m.File == empty && m.Text.Contains("empty"));
        var article = Assert.Single(recorder.Committed);
        Assert.Equal(new DateOnly(2021, 3, 3), article.Published);
        var claim = Assert.Single(article.Claims);
        Assert.Equal(120m, claim.Value);
        Assert.Equal("https://claimgraph.org/id/metric/suspects-arrested", claim.Metric.Value);
    }

    [Fact]
    public void Unchanged_articles_are_left_alone_and_changed_ones_supersede_the_old_version()
    {
        var path = Write("a.txt", "Xinhua, Beijing, March 3, 2021 Police arrested 120 suspects so far.");
        using var store = QuadStoreFactory.InMemory();
        var ingestor = new ArticleIngestor(store, MetricCatalogLoader.BuiltIn());
        var first = ingestor.Ingest([path]).Files.Single();
        Assert.Equal((FileOutcome.Added, 1, 1), (first.Outcome, first.Sentences, first.Claims));
        long version;
        using (var s = store.OpenSnapshot()) version = s.Version;
        var again = ingestor.Ingest([path]).Files.Single();
        // Not extracted again (the store holds it as it is), and the report still counts what it holds.
        Assert.Equal((FileOutcome.Unchanged, 1, 1), (again.Outcome, again.Sentences, again.Claims));
        using (var s = store.OpenSnapshot()) Assert.Equal(version, s.Version);

        Write("a.txt", "Xinhua, Beijing, March 3, 2021 Police arrested 130 suspects so far.");
        var recorder = new Recorder();
        ingestor.AddListener(recorder);
        Assert.Equal(FileOutcome.Replaced, ingestor.Ingest([path]).Files.Single().Outcome);
        var replaced = Assert.Single(recorder.Committed);
        Assert.NotNull(replaced.Superseded);
        using var snapshot = store.OpenSnapshot();
        Assert.True(snapshot.TryGetId(CgVocab.SupersededBy, out long superseded));
        Assert.Single(snapshot.Scan(new QuadPattern(TermIds.Any, superseded, TermIds.Any, TermIds.Any)));
        // the old version's assertion graph is gone, the new one holds one claim
        Assert.False(snapshot.TryGetId(CgVocab.AssertionGraph(replaced.Superseded!), out long oldGraph)
                     && snapshot.Scan(new QuadPattern(TermIds.Any, TermIds.Any, TermIds.Any, oldGraph)).Any());
    }

    [Fact]
    public void An_article_whose_year_nothing_tells_is_stored_undated_with_a_warning_and_left_alone_the_second_time()
    {
        var path = Write("undated.txt", "China News Service, Shenyang, July 20 (Reporter Zhao Qiang) So far, police arrested 140 suspects.");
        using var store = QuadStoreFactory.InMemory();
        var ingestor = new ArticleIngestor(store, MetricCatalogLoader.BuiltIn());

        var first = ingestor.Ingest([path]);
        Assert.Contains(first.Messages, m => m.File == path && !m.IsError && m.Text.Contains("publication year unknown"));
        Assert.Equal((FileOutcome.Added, 1), (first.Files.Single().Outcome, first.Files.Single().Claims));
        Assert.Equal(FileOutcome.Unchanged, ingestor.Ingest([path]).Files.Single().Outcome);
    }

    [Fact]
    public void An_article_ingested_alone_is_dated_by_an_event_an_earlier_run_stored()
    {
        var anchor = Write("launch.txt", "Xinhua, Beijing, October 11. The “Card Broken” operation was launched on October 10, 2020. Police arrested 100 suspects.");
        using var store = QuadStoreFactory.InMemory();
        var ingestor = new ArticleIngestor(store, MetricCatalogLoader.BuiltIn());
        ingestor.Ingest([anchor]);

        var later = Write("later.txt", "Xinhua, Beijing, February 4. Since the “Card Broken” operation in October last year, police arrested 900 suspects.");
        var recorder = new Recorder();
        ingestor.AddListener(recorder);
        var report = ingestor.Ingest([later]);

        Assert.DoesNotContain(report.Messages, m => m.Text.Contains("year unknown"));
        Assert.Equal(new DateOnly(2021, 2, 4), Assert.Single(recorder.Committed).Published);
        // re-ingesting the anchor's own file reads its evidence afresh, not twice
        Assert.Equal(FileOutcome.Unchanged, ingestor.Ingest([anchor, later]).Files[0].Outcome);
    }

    /// <summary>A store that hands out its own transactions wrapped by <paramref name="wrap"/>; everything else passes through.</summary>
    private sealed class WrappingStore(IQuadStore inner, Func<IStoreTransaction, IStoreTransaction> wrap) : IQuadStore
    {
        public IStoreSnapshot OpenSnapshot() => inner.OpenSnapshot();
        public IStoreTransaction BeginTransaction() => wrap(inner.BeginTransaction());
        public IBulkLoad BeginBulkLoad(int batchQuads = BulkLoadDefaults.BatchQuads) => inner.BeginBulkLoad(batchQuads);
        public long LookUpTerms(IReadOnlyList<Term> terms, Span<long> ids, string? mintedUnder = null) => inner.LookUpTerms(terms, ids, mintedUnder);
        public void Dispose() => inner.Dispose();
    }

    /// <summary>A transaction that passes every call on; a test overrides the call it breaks.</summary>
    private class PassingTransaction(IStoreTransaction tx) : IStoreTransaction
    {
        protected IStoreTransaction Inner => tx;

        public bool TryGetId(Term term, out long id) => tx.TryGetId(term, out id);
        public Term GetTerm(long id) => tx.GetTerm(id);
        public IEnumerable<EncodedQuad> Scan(QuadPattern pattern) => tx.Scan(pattern);
        public long EstimateCount(QuadPattern pattern) => tx.EstimateCount(pattern);
        public IEnumerable<long> NamedGraphs() => tx.NamedGraphs();
        public long GetOrAddId(Term term) => tx.GetOrAddId(term);
        public bool Add(Quad quad) => tx.Add(quad);
        public virtual void Add(QuadBatch batch) => tx.Add(batch);
        public bool Remove(Quad quad) => tx.Remove(quad);
        public void ClearGraph(Term? graph) => tx.ClearGraph(graph);
        public virtual void Commit() => tx.Commit();
        public void Dispose() => tx.Dispose();
    }

    /// <summary>Commits that fail from the <paramref name="failingCommit"/>-th on, counted over every transaction wrapped, as a full disk makes them.</summary>
    private sealed class FailingCommits(int failingCommit)
    {
        public int Commits { get; private set; }

        public IStoreTransaction Wrap(IStoreTransaction tx) => new Transaction(tx, this);

        /// <summary>Counts a commit; false when it is one that fails.</summary>
        private bool CountCommit() => ++Commits < failingCommit;

        private sealed class Transaction(IStoreTransaction tx, FailingCommits commits) : PassingTransaction(tx)
        {
            public override void Commit()
            {
                if (!commits.CountCommit()) throw new StoreException("cannot write store test: IO error: No space left on device");
                Inner.Commit();
            }
        }
    }

    [Fact]
    public void A_store_that_cannot_be_written_stops_the_run_once_and_keeps_what_was_committed()
    {
        var paths = Enumerable.Range(1, 5)
            .Select(i => Write($"a{i}.txt", $"Xinhua, Beijing, March {i}, 2021 Police arrested {100 + i} suspects so far."))
            .ToList();
        using var store = QuadStoreFactory.InMemory();
        // Commit 1 writes the metric catalog, 2 and 3 the first two articles (one per group); 4 fails.
        var failing = new FailingCommits(failingCommit: 4);
        var ingestor = new ArticleIngestor(new WrappingStore(store, failing.Wrap), MetricCatalogLoader.BuiltIn()) { GroupQuads = 1 };

        var error = Assert.Throws<StoreException>(() => ingestor.Ingest(paths));

        Assert.Contains("No space left on device", error.Message);
        Assert.Equal(4, failing.Commits);   // the failing group once: no retry per article, nothing after it
        var stored = AllQuads(store).Where(q => q.Contains("ns#fileName")).ToList();
        Assert.Contains(stored, q => q.Contains("a1.txt"));
        Assert.Contains(stored, q => q.Contains("a2.txt"));
        Assert.DoesNotContain(stored, q => q.Contains("a3.txt"));
    }

    /// <summary>A transaction that refuses, with an error that is not the store's, any batch after which the given file is registered.</summary>
    private sealed class RefusingTransaction(IStoreTransaction tx, string refusedFile) : PassingTransaction(tx)
    {
        public override void Add(QuadBatch batch)
        {
            Inner.Add(batch);   // the article's own quads are in the transaction by the time its registry entries are refused
            if (Inner.TryGetId(CgVocab.FileIri(refusedFile), out _)) throw new InvalidOperationException("refused by the test");
        }
    }

    [Fact]
    public void An_article_that_fails_in_a_group_costs_only_itself()
    {
        var paths = Enumerable.Range(1, 5)
            .Select(i => Write($"a{i}.txt", $"Xinhua, Beijing, March {i}, 2021 Police arrested {100 + i} suspects so far."))
            .ToList();
        using var store = QuadStoreFactory.InMemory();
        var recorder = new Recorder();
        var ingestor = new ArticleIngestor(new WrappingStore(store, tx => new RefusingTransaction(tx, "a3.txt")), MetricCatalogLoader.BuiltIn(), [recorder]);

        var report = ingestor.Ingest(paths);   // one group: a3 fails in it, after writing part of itself

        Assert.Equal(1, report.Failed);
        Assert.Equal(4, report.Written);
        Assert.Contains(report.Messages, m => m.File == paths[2] && m.IsError && m.Text == "not stored: refused by the test");
        Assert.Equal(["a1.txt", "a2.txt", "a4.txt", "a5.txt"], recorder.Committed.Select(a => a.FileName));
        var all = AllQuads(store);
        Assert.DoesNotContain(all, q => q.Contains("a3.txt"));
        Assert.DoesNotContain(all, q => q.Contains("arrested 103"));   // nothing of a3's own graphs either
        Assert.Equal(4, all.Count(q => q.Contains("ns#fileName") && q.Contains("registry") && q.Contains("/file/")));
    }

    /// <summary>A clock that always says the same time, so that two ingests write the same quads.</summary>
    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    }

    [Fact]
    public void A_term_stored_before_under_an_articles_iri_keeps_its_id_when_the_article_is_ingested()
    {
        var path = Write("a.txt", "Xinhua, Beijing, March 3, 2021 Police arrested 120 suspects so far.");
        var recorder = new Recorder();
        using (var scratch = QuadStoreFactory.InMemory()) new ArticleIngestor(scratch, MetricCatalogLoader.BuiltIn(), [recorder]).Ingest([path]);
        var sentence = recorder.Committed.Single().Sentences.Single().Iri;
        var note = new Quad(sentence, new Iri("http://www.w3.org/2000/01/rdf-schema#comment"), Literal.String("noted before"), new Iri("http://example.org/notes"));
        using var store = QuadStoreFactory.OpenDirectory(Path.Combine(_folder, "store"));
        using (var tx = store.BeginTransaction())   // as loading an export of another store could
        {
            tx.Add(note);
            tx.Commit();
        }

        new ArticleIngestor(store, MetricCatalogLoader.BuiltIn()).Ingest([path]);

        // One id for the sentence: the note and the article's own quads about it are found together.
        using var snapshot = store.OpenSnapshot();
        Assert.True(snapshot.TryGetId(sentence, out long id));
        var about = snapshot.Scan(new QuadPattern(id, TermIds.Any, TermIds.Any, TermIds.Any)).Select(q => snapshot.GetTerm(q.Predicate)).ToList();
        Assert.Contains(note.Predicate, about);
        Assert.Contains(CgVocab.InArticle, about);
    }

    private static List<string> AllQuads(IQuadStore store)
    {
        using var snapshot = store.OpenSnapshot();
        return snapshot.Scan(new QuadPattern(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any))
            .Select(q => $"{snapshot.GetTerm(q.Subject)} {snapshot.GetTerm(q.Predicate)} {snapshot.GetTerm(q.Object)} {(q.Graph == TermIds.DefaultGraph ? "" : snapshot.GetTerm(q.Graph))}")
            .Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Articles_written_in_groups_give_the_store_that_one_transaction_per_article_gives()
    {
        Write("a.txt", "Xinhua, Beijing, March 3, 2021 Police arrested 120 suspects so far.");
        Write("b.txt", "Xinhua, Beijing, March 4, 2021 Police arrested more than 130 suspects so far. Police arrested more than 130 suspects so far.");
        Write("c.txt", "Xinhua, Beijing, March 3, 2021 Police arrested 120 suspects so far.");   // same text as a.txt: one article version, two files
        Write("d.txt", "");
        var storesFolder = Directory.CreateTempSubdirectory("cg-ingest-stores-").FullName;
        var stores = new List<IQuadStore>();
        var listened = new List<List<string>>();
        foreach (int groupQuads in new[] { 1, 1_000_000 })
        {
            var folder = Path.Combine(storesFolder, $"group-{groupQuads}");
            var store = QuadStoreFactory.OpenDirectory(folder);
            stores.Add(store);
            var recorder = new Recorder();
            var report = new ArticleIngestor(store, MetricCatalogLoader.BuiltIn(), [recorder]) { GroupQuads = groupQuads, Clock = new FixedClock() }
                .Ingest([_folder]);
            Assert.Equal(3, report.Written);
            Assert.Equal(1, report.Failed);
            listened.Add(recorder.Committed.Select(a => a.FileName).ToList());
        }
        try
        {
            Assert.Equal(["a.txt", "b.txt", "c.txt"], listened[0]);
            Assert.Equal(listened[0], listened[1]);
            var oneByOne = AllQuads(stores[0]);
            Assert.True(oneByOne.Count > 100);
            Assert.Equal(oneByOne, AllQuads(stores[1]));
        }
        finally
        {
            foreach (var store in stores) store.Dispose();
            Directory.Delete(storesFolder, recursive: true);
        }
    }
}
