using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Store.Tests;

/// <summary>The behaviour every <see cref="IQuadStore"/> backend must show, asserted the same way for each.</summary>
public abstract class QuadStoreContractTests : IDisposable
{
    protected static readonly Iri Alice = new("http://example.org/alice");
    protected static readonly Iri Bob = new("http://example.org/bob");
    protected static readonly Iri Carol = new("http://example.org/carol");
    protected static readonly Iri Knows = new("http://xmlns.com/foaf/0.1/knows");
    protected static readonly Iri Name = new("http://xmlns.com/foaf/0.1/name");
    protected static readonly Iri G1 = new("http://example.org/g1");
    protected static readonly Iri G2 = new("http://example.org/g2");

    private IQuadStore? _store;

    protected IQuadStore Store => _store ??= CreateStore();

    /// <summary>A new, empty store.</summary>
    protected abstract IQuadStore CreateStore();

    /// <summary>Disposes the store and opens it again from where it keeps its data; null where the backend keeps nothing.</summary>
    protected abstract IQuadStore? Reopen(IQuadStore store);

    public virtual void Dispose()
    {
        _store?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static Quad Q(Term s, Term p, Term o, Term? g = null) => new(s, p, o, g);

    protected void AddAll(params Quad[] quads)
    {
        using var tx = Store.BeginTransaction();
        foreach (var q in quads) tx.Add(q);
        tx.Commit();
    }

    /// <summary>A small data set with quads in the default graph and in two named graphs.</summary>
    protected Quad[] SampleData() =>
    [
        Q(Alice, Knows, Bob),
        Q(Alice, Name, Literal.String("Alice")),
        Q(Bob, Knows, Carol),
        Q(Bob, Name, Literal.LangTagged("Bob", "en")),
        Q(Alice, Knows, Bob, G1),
        Q(Carol, Knows, Alice, G1),
        Q(Carol, Name, Literal.Integer(3), G2),
        Q(Alice, Knows, Carol, G2),
    ];

    protected static HashSet<Quad> Decode(IQuadReader reader, IEnumerable<EncodedQuad> quads) =>
        quads.Select(q => new Quad(reader.GetTerm(q.Subject), reader.GetTerm(q.Predicate), reader.GetTerm(q.Object),
            q.Graph == TermIds.DefaultGraph ? null : reader.GetTerm(q.Graph))).ToHashSet();

    private static long IdOrAny(IQuadReader reader, Term? term) =>
        term is null ? TermIds.Any : reader.TryGetId(term, out long id) ? id : -1;

    [Fact]
    public void Add_reports_whether_the_quad_is_new()
    {
        using var tx = Store.BeginTransaction();
        Assert.True(tx.Add(Q(Alice, Knows, Bob)));
        Assert.False(tx.Add(Q(Alice, Knows, Bob)));
        Assert.True(tx.Add(Q(Alice, Knows, Bob, G1)));
        tx.Commit();

        using var tx2 = Store.BeginTransaction();
        Assert.False(tx2.Add(Q(Alice, Knows, Bob)));
        Assert.True(tx2.Remove(Q(Alice, Knows, Bob)));
        Assert.False(tx2.Remove(Q(Alice, Knows, Bob)));
        Assert.False(tx2.Remove(Q(Alice, Knows, Carol)));
        Assert.False(tx2.Remove(Q(Alice, Knows, new Iri("http://example.org/never-seen"))));
        tx2.Commit();

        using var snapshot = Store.OpenSnapshot();
        Assert.Equal([Q(Alice, Knows, Bob, G1)], Decode(snapshot, snapshot.Scan(QuadPattern.All)));
    }

    [Fact]
    public void A_batch_adds_its_quads_once_each_and_shares_ids_with_single_adds()
    {
        AddAll(Q(Alice, Knows, Bob, G1));
        var batch = new QuadBatch([Q(Alice, Knows, Bob, G1), Q(Alice, Knows, Carol, G1), Q(Carol, Name, Literal.String("Carol")), Q(Carol, Name, Literal.String("Carol"))]);
        Assert.Equal(4, batch.QuadCount);
        Assert.Equal(7, batch.TermCount);
        batch.Resolve(Store);
        using (var tx = Store.BeginTransaction())
        {
            tx.Add(batch);   // Alice knows Bob was there; Carol's name comes twice
            tx.Commit();
        }
        using var snapshot = Store.OpenSnapshot();
        Assert.Equal([Q(Alice, Knows, Bob, G1), Q(Alice, Knows, Carol, G1), Q(Carol, Name, Literal.String("Carol"))],
            Decode(snapshot, snapshot.Scan(QuadPattern.All)));
        Assert.True(snapshot.TryGetId(Carol, out long carol));
        Assert.Single(snapshot.Scan(new QuadPattern(carol, TermIds.Any, TermIds.Any, TermIds.Any)));
    }

    [Fact]
    public void Quads_with_new_terms_added_again_after_a_read_are_stored_and_counted_once()
    {
        var quads = new[] { Q(Carol, Name, Literal.String("Carol"), G1), Q(Carol, Knows, Alice, G1) };
        using (var tx = Store.BeginTransaction())
        {
            tx.Add(new QuadBatch(quads));
            Assert.Equal(2, tx.Scan(QuadPattern.All).Count());   // a read in between sees each once
            tx.Add(new QuadBatch(quads));
            tx.Add(new QuadBatch([quads[0], quads[0]]));
            Assert.Equal(2, tx.Scan(QuadPattern.All).Count());
            tx.Add(new QuadBatch(quads));   // and again, with nothing read before the commit
            tx.Commit();
        }
        using var snapshot = Store.OpenSnapshot();
        Assert.Equal(quads.ToHashSet(), Decode(snapshot, snapshot.Scan(QuadPattern.All)));
        Assert.True(snapshot.TryGetId(G1, out long g1));
        Assert.True(snapshot.TryGetId(Name, out long name));
        Assert.Equal(2, snapshot.EstimateCount(QuadPattern.All));   // the kept counts, exact for these patterns
        Assert.Equal(2, snapshot.EstimateCount(new QuadPattern(TermIds.Any, TermIds.Any, TermIds.Any, g1)));
        Assert.Equal(1, snapshot.EstimateCount(new QuadPattern(TermIds.Any, name, TermIds.Any, TermIds.Any)));
    }

    [Fact]
    public void A_batch_resolved_before_a_commit_takes_the_ids_that_commit_gave()
    {
        // Resolved while Carol is unknown; another transaction then stores Carol before the batch is written.
        var batch = new QuadBatch([Q(Alice, Knows, Carol, G2)]);
        batch.Resolve(Store);
        AddAll(Q(Carol, Name, Literal.String("Carol")));
        long carol;
        using (var snapshot = Store.OpenSnapshot()) Assert.True(snapshot.TryGetId(Carol, out carol));
        using (var tx = Store.BeginTransaction())
        {
            tx.Add(batch);
            Assert.Equal(carol, tx.GetOrAddId(Carol));   // one id for one term, not a second one
            tx.Commit();
        }
        using var after = Store.OpenSnapshot();
        Assert.True(after.TryGetId(Carol, out long stillCarol));
        Assert.Equal(carol, stillCarol);
        Assert.Equal(2, after.Scan(new QuadPattern(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any)).Count(q => q.Subject == carol || q.Object == carol));
    }

    [Fact]
    public void Reads_in_a_transaction_see_its_additions_per_graph_after_removals_and_clears()
    {
        AddAll(Q(Alice, Knows, Bob, G2), Q(Bob, Knows, Carol, G2));
        using var tx = Store.BeginTransaction();
        tx.Add(Q(Alice, Knows, Carol, G1));
        tx.Add(Q(Carol, Knows, Alice, G1));
        tx.ClearGraph(G2);
        Assert.Empty(Decode(tx, tx.Scan(new QuadPattern(TermIds.Any, TermIds.Any, TermIds.Any, IdOrAny(tx, G2)))));
        Assert.Equal([Q(Alice, Knows, Carol, G1), Q(Carol, Knows, Alice, G1)],
            Decode(tx, tx.Scan(new QuadPattern(TermIds.Any, TermIds.Any, TermIds.Any, IdOrAny(tx, G1)))));

        Assert.True(tx.Remove(Q(Alice, Knows, Carol, G1)));
        Assert.True(tx.Remove(Q(Carol, Knows, Alice, G1)));
        Assert.Empty(tx.Scan(new QuadPattern(TermIds.Any, TermIds.Any, TermIds.Any, IdOrAny(tx, G1))));
        tx.Add(Q(Bob, Knows, Alice, G2));   // a graph cleared, then added to again
        Assert.Equal([Q(Bob, Knows, Alice, G2)], Decode(tx, tx.Scan(new QuadPattern(TermIds.Any, TermIds.Any, TermIds.Any, IdOrAny(tx, G2)))));
        tx.Commit();

        using var snapshot = Store.OpenSnapshot();
        Assert.Equal([Q(Bob, Knows, Alice, G2)], Decode(snapshot, snapshot.Scan(QuadPattern.All)));
    }

    [Fact]
    public void Looking_up_terms_gives_committed_ids_and_the_version_looked_at()
    {
        AddAll(Q(Alice, Knows, Bob));
        var ids = new long[3];
        long version = Store.LookUpTerms([Alice, Carol, Knows], ids);
        using var snapshot = Store.OpenSnapshot();
        Assert.Equal(snapshot.Version, version);
        Assert.True(snapshot.TryGetId(Alice, out long alice));
        Assert.Equal([alice, 0, ids[2]], ids);
        Assert.NotEqual(0, ids[2]);
    }

    [Fact]
    public void Looking_up_terms_minted_under_a_prefix_finds_every_stored_one()
    {
        AddAll(Q(Alice, Knows, Bob));
        var fresh = new Iri("http://example.org/new/1");
        var ids = new long[5];
        Store.LookUpTerms([Alice, Bob, Carol, Knows, fresh], ids, mintedUnder: "http://example.org/al");
        using var snapshot = Store.OpenSnapshot();
        Assert.True(snapshot.TryGetId(Alice, out long alice) & snapshot.TryGetId(Bob, out long bob) & snapshot.TryGetId(Knows, out long knows));
        Assert.Equal([alice, bob, 0, knows, 0], ids);

        // No stored IRI under the prefix: the terms under it are not found, the others still are.
        Store.LookUpTerms([fresh, Alice, Knows], ids.AsSpan(0, 3), mintedUnder: "http://example.org/new/");
        Assert.Equal([0, alice, knows], ids[..3]);
    }

    [Fact]
    public void Looking_up_terms_minted_under_a_long_prefix_finds_every_stored_one()
    {
        // As long as an article's IRI, and with stored IRIs beside it that share all but its last bytes.
        const string article = "https://claimgraph.org/id/article/5be6476615585f75";
        var stored = new Iri(article + "/sentence/0-69");
        AddAll(Q(stored, Knows, Bob), Q(new Iri(article[..^1] + "4/sentence/0-69"), Knows, Bob), Q(new Iri(article + "0/x"), Knows, Bob));
        var fresh = new Iri(article[..^1] + "6/sentence/0-69");
        var ids = new long[2];

        Store.LookUpTerms([stored, Knows], ids, mintedUnder: article + "/");
        using var snapshot = Store.OpenSnapshot();
        Assert.True(snapshot.TryGetId(stored, out long id));
        Assert.Equal(id, ids[0]);

        Store.LookUpTerms([fresh, Knows], ids, mintedUnder: article[..^1] + "6/");
        Assert.Equal(0, ids[0]);
        Assert.NotEqual(0, ids[1]);
    }

    [Fact]
    public void Terms_round_trip_through_ids()
    {
        Term[] terms =
        [
            Alice, new BlankNode("b0"), Literal.String("plain"), Literal.String(""), Literal.LangTagged("hallo", "de-DE"),
            Literal.Typed("42", Vocab.Xsd.Integer), Literal.Typed("x", new Iri("http://example.org/dt")),
            Literal.String("multi\nline \"quoted\" \u00e9\U0001F600"), new Iri("http://example.org/\u00e9"),
        ];
        var ids = new List<long>();
        using (var tx = Store.BeginTransaction())
        {
            foreach (var t in terms) ids.Add(tx.GetOrAddId(t));
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(ids, id => Assert.True(id >= TermIds.FirstTermId));
            Assert.Equal(ids[0], tx.GetOrAddId(Alice));
            tx.Commit();
        }
        using var snapshot = Store.OpenSnapshot();
        for (int i = 0; i < terms.Length; i++)
        {
            Assert.True(snapshot.TryGetId(terms[i], out long id));
            Assert.Equal(ids[i], id);
            Assert.Equal(terms[i], snapshot.GetTerm(id));
        }
        Assert.False(snapshot.TryGetId(Bob, out _));
        // Language tags compare case-insensitively, so they share an id.
        Assert.True(snapshot.TryGetId(Literal.LangTagged("hallo", "de-de"), out long lower));
        Assert.Equal(ids[4], lower);
    }

    [Fact]
    public void Every_pattern_shape_returns_exactly_the_matching_quads()
    {
        var data = SampleData();
        AddAll(data);
        using var snapshot = Store.OpenSnapshot();
        Term?[] subjects = [null, Alice, Bob, Carol];
        Term?[] predicates = [null, Knows, Name];
        Term?[] objects = [null, Bob, Carol, Literal.String("Alice")];
        // null: any graph; the sentinel strings stand for the two graph wildcards.
        object?[] graphs = [null, "default", "named", G1, G2, new Iri("http://example.org/no-such-graph")];
        int shapes = 0;
        foreach (var s in subjects)
        foreach (var p in predicates)
        foreach (var o in objects)
        foreach (var g in graphs)
        {
            long graphId = g switch
            {
                null => TermIds.Any,
                "default" => TermIds.DefaultGraph,
                "named" => TermIds.AnyNamedGraph,
                _ => IdOrAny(snapshot, (Term)g),
            };
            var pattern = new QuadPattern(IdOrAny(snapshot, s), IdOrAny(snapshot, p), IdOrAny(snapshot, o), graphId);
            var expected = data.Where(q =>
                (s is null || q.Subject == s) && (p is null || q.Predicate == p) && (o is null || q.Object == o)
                && g switch
                {
                    null => true,
                    "default" => q.Graph is null,
                    "named" => q.Graph is not null,
                    _ => q.Graph == (Term)g,
                }).ToHashSet();
            var scanned = snapshot.Scan(pattern).ToList();
            Assert.Equal(scanned.Count, scanned.Distinct().Count());
            Assert.Equal(expected, Decode(snapshot, scanned));
            Assert.Equal(expected.Count, snapshot.EstimateCount(pattern));
            shapes++;
        }
        Assert.Equal(4 * 3 * 4 * 6, shapes);
    }

    [Fact]
    public void Long_and_non_ascii_terms_are_stored_and_found_again()
    {
        var longIri = new Iri("http://example.org/" + new string('x', 3_000));
        var longText = Literal.String(string.Concat(Enumerable.Repeat("数字 «quote» ", 400)));
        var tagged = Literal.LangTagged("Zahl", "de-CH");
        var quads = new[] { Q(longIri, Name, longText, G1), Q(longIri, Name, tagged, G1), Q(Alice, Knows, longIri, G1) };
        AddAll(quads);

        using var snapshot = Store.OpenSnapshot();
        Assert.Equal(quads.ToHashSet(), Decode(snapshot, snapshot.Scan(QuadPattern.All)));
        Assert.True(snapshot.TryGetId(longText, out _));
        Assert.True(snapshot.TryGetId(Literal.LangTagged("Zahl", "DE-ch"), out long taggedId));   // language tags compare case-insensitively
        Assert.Equal(tagged, snapshot.GetTerm(taggedId));
    }

    [Fact]
    public void Named_graphs_lists_graphs_with_quads_only()
    {
        AddAll(SampleData());
        using (var tx = Store.BeginTransaction())
        {
            tx.ClearGraph(G2);
            tx.Commit();
        }
        using var snapshot = Store.OpenSnapshot();
        Assert.True(snapshot.TryGetId(G1, out long g1));
        Assert.Equal([g1], snapshot.NamedGraphs().ToList());
        Assert.Equal(0, snapshot.EstimateCount(new QuadPattern(TermIds.Any, TermIds.Any, TermIds.Any, IdOrAny(snapshot, G2))));
    }

    [Fact]
    public void Clearing_the_default_graph_keeps_named_graphs()
    {
        AddAll(SampleData());
        using (var tx = Store.BeginTransaction())
        {
            tx.ClearGraph(null);
            tx.Commit();
        }
        using var snapshot = Store.OpenSnapshot();
        Assert.Equal(SampleData().Where(q => q.Graph is not null).ToHashSet(), Decode(snapshot, snapshot.Scan(QuadPattern.All)));
    }

    [Fact]
    public void A_transaction_reads_its_own_writes()
    {
        AddAll(Q(Alice, Knows, Bob));
        using var tx = Store.BeginTransaction();
        tx.Add(Q(Bob, Knows, Carol, G1));
        tx.Remove(Q(Alice, Knows, Bob));
        Assert.Equal([Q(Bob, Knows, Carol, G1)], Decode(tx, tx.Scan(QuadPattern.All)));
        Assert.Equal(1, tx.EstimateCount(QuadPattern.All));
        Assert.True(tx.TryGetId(G1, out long g1));
        Assert.Equal([g1], tx.NamedGraphs().ToList());
    }

    [Fact]
    public void Snapshots_do_not_see_later_commits()
    {
        AddAll(Q(Alice, Knows, Bob));
        using var before = Store.OpenSnapshot();
        using (var tx = Store.BeginTransaction())
        {
            tx.Add(Q(Bob, Knows, Carol));
            tx.Remove(Q(Alice, Knows, Bob));
            // Readers opened while the writer works see the committed data only.
            using var during = Store.OpenSnapshot();
            Assert.Equal([Q(Alice, Knows, Bob)], Decode(during, during.Scan(QuadPattern.All)));
            tx.Commit();
        }
        using var after = Store.OpenSnapshot();
        Assert.Equal([Q(Alice, Knows, Bob)], Decode(before, before.Scan(QuadPattern.All)));
        Assert.Equal(1, before.EstimateCount(QuadPattern.All));
        Assert.False(before.TryGetId(Carol, out _));
        Assert.Equal([Q(Bob, Knows, Carol)], Decode(after, after.Scan(QuadPattern.All)));
        Assert.True(after.Version > before.Version);
    }

    [Fact]
    public void Disposing_without_commit_leaves_no_trace()
    {
        AddAll(Q(Alice, Knows, Bob));
        long version;
        using (var s = Store.OpenSnapshot()) version = s.Version;
        using (var tx = Store.BeginTransaction())
        {
            tx.Add(Q(Bob, Knows, Carol, G1));
            tx.Remove(Q(Alice, Knows, Bob));
            tx.GetOrAddId(new Iri("http://example.org/rolled-back"));
        }
        using var snapshot = Store.OpenSnapshot();
        Assert.Equal(version, snapshot.Version);
        Assert.Equal([Q(Alice, Knows, Bob)], Decode(snapshot, snapshot.Scan(QuadPattern.All)));
        Assert.False(snapshot.TryGetId(Carol, out _));
        Assert.False(snapshot.TryGetId(new Iri("http://example.org/rolled-back"), out _));
        Assert.Empty(snapshot.NamedGraphs());

        // The store stays writable, and new terms get ids that decode right.
        AddAll(Q(Carol, Name, Literal.String("Carol")));
        using var later = Store.OpenSnapshot();
        Assert.Equal(new[] { Q(Alice, Knows, Bob), Q(Carol, Name, Literal.String("Carol")) }.ToHashSet(), Decode(later, later.Scan(QuadPattern.All)));
    }

    [Fact]
    public void A_failure_in_the_middle_of_a_transaction_applies_nothing()
    {
        AddAll(Q(Alice, Knows, Bob));
        void FailingBatch()
        {
            using var tx = Store.BeginTransaction();
            tx.Add(Q(Bob, Knows, Carol));
            tx.Remove(Q(Alice, Knows, Bob));
            throw new InvalidOperationException("simulated failure mid-batch");
        }
        Assert.Throws<InvalidOperationException>(FailingBatch);
        using var snapshot = Store.OpenSnapshot();
        Assert.Equal([Q(Alice, Knows, Bob)], Decode(snapshot, snapshot.Scan(QuadPattern.All)));
    }

    [Fact]
    public void Many_commits_and_removals_keep_counts_exact()
    {
        var rng = new Random(7);
        var expected = new HashSet<Quad>();
        var people = Enumerable.Range(0, 40).Select(i => new Iri($"http://example.org/p{i}")).ToArray();
        var graphs = new Term?[] { null, G1, G2 };
        for (int round = 0; round < 30; round++)
        {
            using var tx = Store.BeginTransaction();
            for (int i = 0; i < 60; i++)
            {
                var q = Q(people[rng.Next(people.Length)], rng.Next(2) == 0 ? Knows : Name, people[rng.Next(people.Length)], graphs[rng.Next(3)]);
                if (rng.Next(3) == 0) Assert.Equal(expected.Remove(q), tx.Remove(q));
                else Assert.Equal(expected.Add(q), tx.Add(q));
            }
            tx.Commit();
        }
        using var snapshot = Store.OpenSnapshot();
        Assert.Equal(expected, Decode(snapshot, snapshot.Scan(QuadPattern.All)));
        Assert.Equal(expected.Count, snapshot.EstimateCount(QuadPattern.All));
        Assert.True(snapshot.TryGetId(Knows, out long knows));
        Assert.Equal(expected.Count(q => q.Predicate == Knows), snapshot.EstimateCount(new QuadPattern(TermIds.Any, knows, TermIds.Any, TermIds.Any)));
        Assert.Equal(expected.Count(q => q.Graph is not null), snapshot.EstimateCount(new QuadPattern(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.AnyNamedGraph)));
    }

    [Fact]
    public void Reopening_keeps_committed_data()
    {
        var data = SampleData();
        AddAll(data);
        var reopened = Reopen(Store);
        if (reopened is null) return;   // the backend keeps nothing between instances
        _store = reopened;
        using var snapshot = Store.OpenSnapshot();
        Assert.Equal(data.ToHashSet(), Decode(snapshot, snapshot.Scan(QuadPattern.All)));
        AddAll(Q(Carol, Knows, Bob, G2));
        using var later = Store.OpenSnapshot();
        Assert.Equal(data.Length + 1, later.EstimateCount(QuadPattern.All));
    }

    /// <summary>Every estimate the statistics keep exactly: all quads, per predicate, per graph, named graphs only.</summary>
    private static void AssertCountsMatch(IQuadStore store, IReadOnlyCollection<Quad> expected)
    {
        using var snapshot = store.OpenSnapshot();
        Assert.Equal(expected.ToHashSet(), Decode(snapshot, snapshot.Scan(QuadPattern.All)));
        Assert.Equal(expected.Count, snapshot.EstimateCount(QuadPattern.All));
        Assert.Equal(expected.Count(q => q.Graph is not null),
            snapshot.EstimateCount(QuadPattern.All with { Graph = TermIds.AnyNamedGraph }));
        foreach (var predicate in expected.Select(q => q.Predicate).Distinct())
        {
            Assert.True(snapshot.TryGetId(predicate, out long id));
            Assert.Equal(expected.Count(q => q.Predicate.Equals(predicate)), snapshot.EstimateCount(QuadPattern.All with { Predicate = id }));
        }
        foreach (var graph in expected.Where(q => q.Graph is not null).Select(q => q.Graph!).Distinct())
        {
            Assert.True(snapshot.TryGetId(graph, out long id));
            Assert.Equal(expected.Count(q => Equals(q.Graph, graph)), snapshot.EstimateCount(QuadPattern.All with { Graph = id }));
        }
    }

    [Theory]
    [InlineData(1_000_000)]   // one batch
    [InlineData(3)]           // many batches, repeats across them
    public void A_bulk_load_stores_each_quad_once_and_counts_exactly(int batchQuads)
    {
        AddAll(Q(Alice, Knows, Bob), Q(Carol, Name, Literal.Integer(3), G2));
        long aliceBefore;
        using (var before = Store.OpenSnapshot()) Assert.True(before.TryGetId(Alice, out aliceBefore));
        var loaded = new List<Quad>();
        for (int i = 0; i < 20; i++)
        {
            var person = new Iri($"http://example.org/person/{i}");
            loaded.Add(Q(person, Knows, Alice, i % 2 == 0 ? G1 : null));
            loaded.Add(Q(person, Name, Literal.String($"person {i}"), G2));
            loaded.Add(Q(Alice, Knows, Bob));                                   // already stored
            loaded.Add(Q(new Iri($"http://example.org/person/{i / 2}"), Knows, Alice, i / 2 % 2 == 0 ? G1 : null));   // repeats an earlier quad
        }
        using (var load = Store.BeginBulkLoad(batchQuads))
        {
            foreach (var quad in loaded) load.Add(quad);
            Assert.Equal(40, load.Commit());
        }
        var expected = loaded.Append(Q(Carol, Name, Literal.Integer(3), G2)).ToHashSet();
        Assert.Equal(42, expected.Count);
        AssertCountsMatch(Store, expected);

        using var snapshot = Store.OpenSnapshot();
        Assert.True(snapshot.TryGetId(Alice, out long alice));
        Assert.Equal(aliceBefore, alice);   // a term the store had keeps its id
        Assert.Equal(20, snapshot.Scan(new QuadPattern(TermIds.Any, TermIds.Any, alice, TermIds.Any)).Count());
    }

    [Fact]
    public void A_bulk_load_disposed_without_commit_leaves_no_trace()
    {
        AddAll(SampleData());
        using (var load = Store.BeginBulkLoad(batchQuads: 2))
        {
            for (int i = 0; i < 10; i++) load.Add(Q(new Iri($"http://example.org/n/{i}"), Knows, Alice));
        }
        AssertCountsMatch(Store, SampleData());
        using var snapshot = Store.OpenSnapshot();
        Assert.False(snapshot.TryGetId(new Iri("http://example.org/n/0"), out _));
        using var tx = Store.BeginTransaction();   // the writer's place is free again
        tx.Commit();
    }

    [Fact]
    public void A_bulk_load_is_kept_on_reopening()
    {
        using (var load = Store.BeginBulkLoad(batchQuads: 3))
        {
            foreach (var quad in SampleData()) load.Add(quad);
            load.Commit();
        }
        var reopened = Reopen(Store);
        if (reopened is null) return;   // the backend keeps nothing between instances
        _store = reopened;
        AssertCountsMatch(Store, SampleData());
        var dave = Q(new Iri("http://example.org/dave"), Knows, Alice);
        AddAll(dave);   // a new term takes a fresh id after the loaded ones
        AssertCountsMatch(Store, [.. SampleData(), dave]);
    }

    [Fact]
    public void Many_small_commits_that_remove_recent_and_old_quads_stay_exact()
    {
        var rng = new Random(11);
        var expected = new HashSet<Quad>();
        var people = Enumerable.Range(0, 60).Select(i => new Iri($"http://example.org/p{i}")).ToArray();
        var graphs = new Term?[] { null, G1, G2 };
        for (int round = 0; round < 120; round++)
        {
            using (var tx = Store.BeginTransaction())
            {
                for (int i = 0; i < 12; i++)
                {
                    var q = Q(people[rng.Next(people.Length)], rng.Next(2) == 0 ? Knows : Name, people[rng.Next(people.Length)], graphs[rng.Next(3)]);
                    if (rng.Next(4) == 0) Assert.Equal(expected.Remove(q), tx.Remove(q));
                    else Assert.Equal(expected.Add(q), tx.Add(q));
                }
                if (round % 40 == 39) tx.ClearGraph(G1);
                tx.Commit();
            }
            if (round % 40 == 39) expected.RemoveWhere(q => Equals(q.Graph, G1));
            if (round % 20 == 19) AssertCountsMatch(Store, expected);
        }
    }
}
