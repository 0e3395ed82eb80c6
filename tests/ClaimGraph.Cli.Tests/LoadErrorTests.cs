namespace ClaimGraph.Cli.Tests;

/// <summary>Bad input to `claimgraph load`: one clear error, non-zero exit, and the store exactly as it was.</summary>
[Collection("cli")]
public sealed class LoadErrorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string GoodTriples = "<http://example.org/a> <http://example.org/p> \"1\" .\n<http://example.org/b> <http://example.org/p> \"2\" .\n";

    private long CountQuads() => _temp.CountQuadsInStore();

    private void LoadGoodFile()
    {
        var good = _temp.File("good.nt", GoodTriples);
        var outcome = CliRunner.Run("load", good, "--store", _temp.Store);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Equal(2, CountQuads());
    }

    [Fact]
    public void Syntax_error_in_a_later_file_names_file_line_and_column_and_loads_nothing()
    {
        LoadGoodFile();
        var more = _temp.File("more.nt", "<http://example.org/c> <http://example.org/p> \"3\" .\n");
        var broken = _temp.File("broken.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:p ex:b .\nex:c ex:p \"unterminated .\n");

        var outcome = CliRunner.Run("load", more, broken, "--store", _temp.Store);

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("broken.ttl", outcome.Error);
        Assert.Matches(@"3:\d+", outcome.Error);
        Assert.DoesNotContain("   at ", outcome.Error);
        Assert.Equal(2, CountQuads());
    }

    [Fact]
    public void Missing_file_is_named_and_store_unchanged()
    {
        LoadGoodFile();
        var missing = Path.Combine(_temp.Path, "no-such-file.nt");
        var outcome = CliRunner.Run("load", missing, "--store", _temp.Store);
        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("no-such-file.nt", outcome.Error);
        Assert.Equal(2, CountQuads());
    }

    [Fact]
    public void Directory_given_as_a_file_is_an_error()
    {
        LoadGoodFile();
        var folder = Directory.CreateDirectory(Path.Combine(_temp.Path, "folder.nt")).FullName;
        var outcome = CliRunner.Run("load", folder, "--store", _temp.Store);
        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("folder.nt", outcome.Error);
        Assert.Equal(2, CountQuads());
    }

    [Fact]
    public void Binary_data_is_a_syntax_error_with_a_position()
    {
        LoadGoodFile();
        var binary = _temp.File("binary.nt", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x00, 0xFF, 0xFE, 0x01, 0x02, 0x0A });
        var outcome = CliRunner.Run("load", binary, "--store", _temp.Store);
        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("binary.nt", outcome.Error);
        Assert.Matches(@"\d+:\d+", outcome.Error);
        Assert.Equal(2, CountQuads());
    }

    [Fact]
    public void Empty_file_loads_nothing_and_says_so()
    {
        LoadGoodFile();
        var empty = _temp.File("empty.nt", "");
        var outcome = CliRunner.Run("load", empty, "--store", _temp.Store);
        Assert.Contains("empty.nt", outcome.Error + outcome.Out);
        Assert.Equal(2, CountQuads());
    }
}
