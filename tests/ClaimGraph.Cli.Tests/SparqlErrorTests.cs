namespace ClaimGraph.Cli.Tests;

/// <summary>Bad queries to `claimgraph sparql`: line:column and what was expected, names of unknown things, non-zero exit.</summary>
[Collection("cli")]
public sealed class SparqlErrorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private CliOutcome RunQuery(string query)
    {
        var data = _temp.File("data.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:p 1 .\n");
        var file = _temp.File("q.rq", query);
        return CliRunner.Run("sparql", file, "--data", data, "--format", "tsv");
    }

    [Fact]
    public void Syntax_error_gives_line_and_column()
    {
        var outcome = RunQuery("SELECT ?s\nWHERE { ?s ?p }\n");
        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("2:", outcome.Error);
        Assert.Contains("q.rq", outcome.Error);
        Assert.DoesNotContain("   at ", outcome.Error);
    }

    [Fact]
    public void Unknown_prefix_is_named()
    {
        var outcome = RunQuery("SELECT * WHERE { ?s nope:p ?o }");
        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("nope", outcome.Error);
    }

    [Fact]
    public void A_query_given_as_the_argument_runs_and_its_errors_name_it()
    {
        var data = _temp.File("data.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:p 1 .\n");
        var outcome = CliRunner.Run("sparql", "SELECT ?o WHERE { <http://example.org/a> ?p ?o }", "--data", data, "--format", "tsv");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("1", outcome.Out);
        var broken = CliRunner.Run("sparql", "SELECT ?o WHERE { ?s ?p }", "--data", data);
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("<query>:1:", broken.Error);
        var missing = CliRunner.Run("sparql", "no-such-query.rq", "--data", data);
        Assert.Contains("no such file", missing.Error);
    }

    [Fact]
    public void Good_query_runs_on_data_files()
    {
        var outcome = RunQuery("PREFIX ex: <http://example.org/>\nSELECT ?o WHERE { ex:a ex:p ?o }");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("1", outcome.Out);
    }
}
