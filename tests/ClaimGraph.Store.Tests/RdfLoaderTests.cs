using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Syntax;
using ClaimGraph.Store.Loading;

namespace ClaimGraph.Store.Tests;

public sealed class RdfLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimgraph-loader-tests").FullName;
    private readonly IQuadStore _store = QuadStoreFactory.InMemory();

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string File(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private long Count()
    {
        using var snapshot = _store.OpenSnapshot();
        return snapshot.Scan(QuadPattern.All).LongCount();
    }

    [Fact]
    public void Loads_every_format_into_one_transaction()
    {
        var nt = File("a.nt", "<http://ex/a> <http://ex/p> \"1\" .\n");
        var nq = File("b.nq", "<http://ex/b> <http://ex/p> <http://ex/c> <http://ex/g> .\n");
        var ttl = File("c.ttl", "@prefix ex: <http://ex/> . ex:c ex:p ex:d , ex:e .\n");
        var trig = File("d.trig", "@prefix ex: <http://ex/> . ex:g2 { ex:d ex:p ex:f }\n");
        var summary = new RdfLoader(_store).Load([nt, nq, ttl, trig]);
        Assert.Equal(5, summary.QuadsAdded);
        Assert.Equal(5, Count());
    }

    [Fact]
    public void A_syntax_error_in_a_later_file_leaves_the_store_as_it_was()
    {
        new RdfLoader(_store).Load([File("first.nt", "<http://ex/a> <http://ex/p> \"1\" .\n")]);
        var good = File("good.nt", "<http://ex/b> <http://ex/p> \"2\" .\n");
        var bad = File("bad.nt", "<http://ex/c> <http://ex/p> \"3\" .\n<http://ex/c> <http://ex/p> oops .\n");
        var error = Assert.Throws<RdfSyntaxException>(() => new RdfLoader(_store).Load([good, good, bad]));
        Assert.Equal(bad, error.SourceName);
        Assert.Equal(2, error.Line);
        Assert.Equal(1, Count());
    }

    [Fact]
    public void Missing_files_and_folders_fail_before_anything_is_read()
    {
        var good = File("good.nt", "<http://ex/b> <http://ex/p> \"2\" .\n");
        Assert.Contains("no such file", Assert.Throws<RdfSyntaxException>(() => new RdfLoader(_store).Load([good, Path.Combine(_folder, "nope.nt")])).Message);
        Assert.Contains("is a folder", Assert.Throws<RdfSyntaxException>(() => new RdfLoader(_store).Load([good, _folder])).Message);
        Assert.Equal(0, Count());
    }

    [Fact]
    public void An_empty_file_loads_nothing_and_is_reported()
    {
        var empty = File("empty.nt", "");
        var summary = new RdfLoader(_store).Load([empty]);
        Assert.Equal(0, summary.QuadsRead);
        Assert.Equal([empty], summary.EmptyFiles);
    }

    [Fact]
    public void Blank_nodes_of_two_loads_stay_apart()
    {
        var file = File("blank.nt", "_:x <http://ex/p> \"1\" .\n");
        new RdfLoader(_store).Load([file]);
        new RdfLoader(_store).Load([file]);
        Assert.Equal(2, Count());
    }

    [Fact]
    public void The_target_graph_takes_default_graph_triples()
    {
        var file = File("t.nq", "<http://ex/a> <http://ex/p> \"1\" .\n<http://ex/a> <http://ex/p> \"1\" <http://ex/keep> .\n");
        new RdfLoader(_store) { TargetGraph = new Iri("http://ex/target") }.Load([file]);
        using var snapshot = _store.OpenSnapshot();
        Assert.Equal(0, snapshot.EstimateCount(new QuadPattern(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.DefaultGraph)));
        Assert.Equal(2, snapshot.NamedGraphs().Count());
    }
}
