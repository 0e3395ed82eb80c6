namespace ClaimGraph.Cli.Tests;

/// <summary>`claimgraph ingest` on the seed corpus and on bad articles.</summary>
[Collection("cli")]
public sealed class IngestTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private long CountQuads() => _temp.CountQuadsInStore();

    [Fact]
    public void Reingesting_the_unchanged_corpus_changes_nothing()
    {
        var first = CliRunner.Run("ingest", RepositoryPaths.Corpus, "--store", _temp.Store);
        Assert.True(first.ExitCode == 0, first.Error);
        long afterFirst = CountQuads();
        Assert.True(afterFirst > 0);

        var second = CliRunner.Run("ingest", RepositoryPaths.Corpus, "--store", _temp.Store);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Equal(afterFirst, CountQuads());

        var stats = CliRunner.Run("stats", "--store", _temp.Store);
        Assert.True(stats.ExitCode == 0, stats.Error);
        Assert.Contains($"quads         {afterFirst:N0}", stats.Out);
        Assert.Matches(@"table files   [0-9.]+ [KMG]iB: .*SPOG [0-9.]+ [KMG]?i?B", stats.Out);
    }

    [Fact]
    public void Bad_articles_are_reported_and_the_good_ones_still_ingested()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_temp.Path, "articles")).FullName;
        File.Copy(Path.Combine(RepositoryPaths.Corpus, "000_d5efe44594963271.txt"), Path.Combine(folder, "good.txt"));
        File.WriteAllText(Path.Combine(folder, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), new byte[] { 0x00, 0xFF, 0xFE, 0x00, 0x13, 0x37, 0x00, 0x80 });
        File.WriteAllBytes(Path.Combine(folder, "latin1.txt"), "Beijing, March 3. More than 5,000 caf\u00e9s closed."u8.ToArray()
            .Select(b => b).Concat(new byte[] { 0xE9, 0x20, 0x41 }).ToArray());

        var outcome = CliRunner.Run("ingest", folder, "--store", _temp.Store);

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("empty.txt", outcome.Error + outcome.Out);
        Assert.Contains("binary.txt", outcome.Error + outcome.Out);
        Assert.Contains("latin1.txt", outcome.Error + outcome.Out);
        Assert.True(CountQuads() > 0, "the good article was not ingested");
    }
}
