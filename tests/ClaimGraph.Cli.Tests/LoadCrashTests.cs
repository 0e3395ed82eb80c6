using System.Diagnostics;
using ClaimGraph.Store;

namespace ClaimGraph.Cli.Tests;

/// <summary>
/// A real crash: `claimgraph load` runs as a child process on a large file and is killed while it
/// writes its staged batches. The store must hold exactly what it held before, and still work.
/// </summary>
[Collection("cli")]
public sealed class LoadCrashTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_load_killed_while_it_writes_leaves_the_store_as_it_was()
    {
        var seed = _temp.File("seed.nt", Triples(0, 50));
        Assert.Equal(0, CliRunner.Run("load", seed, "--store", _temp.Store).ExitCode);
        var before = Contents();
        Assert.Equal(50, before.Count);

        var large = _temp.File("large.nt", Triples(1_000, 100_000));
        var staging = Path.Combine(_temp.Store, "quads", "staging");
        using (var child = StartCli("load", large, "--store", _temp.Store, "--batch", "5000"))
        {
            // Kill once the first batch is staged: the load is then in the middle of writing.
            var clock = Stopwatch.StartNew();
            while (!(Directory.Exists(staging) && Directory.EnumerateFiles(staging, "*.sst").Any()))
            {
                if (child.HasExited) Assert.Fail("the load ended before it could be killed: " + child.StandardError.ReadToEnd());
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "no batch was staged within a minute");
                Thread.Sleep(2);
            }
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            Assert.NotEqual(0, child.ExitCode);   // killed, not finished
        }

        Assert.Equal(before, Contents());
        Assert.False(Directory.Exists(staging), "opening the store drops the dead load's staged files");

        var more = _temp.File("more.nt", Triples(500, 3));
        var outcome = CliRunner.Run("load", more, "--store", _temp.Store);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Equal(53, Contents().Count);
    }

    /// <summary>N-Triples lines for subjects first..first+count-1, each with a literal of its own.</summary>
    private static string Triples(int first, int count)
    {
        var text = new System.Text.StringBuilder();
        for (int i = first; i < first + count; i++)
            text.Append($"<http://example.org/claim/{i}> <http://example.org/value> \"{i}\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n");
        return text.ToString();
    }

    /// <summary>Every quad of the store, as sorted N-Quads lines (opening the store, as any later run would).</summary>
    private List<string> Contents()
    {
        using var store = QuadStoreFactory.OpenDirectory(_temp.Store);
        using var snapshot = store.OpenSnapshot();
        return snapshot.Scan(QuadPattern.All)
            .Select(q => $"{snapshot.GetTerm(q.Subject)} {snapshot.GetTerm(q.Predicate)} {snapshot.GetTerm(q.Object)} {q.Graph}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The built `claimgraph` (the Cli project's output, copied beside the tests) as a child process.</summary>
    private static Process StartCli(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }
}
