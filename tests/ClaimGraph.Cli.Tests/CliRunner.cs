namespace ClaimGraph.Cli.Tests;

/// <summary>What one `claimgraph` invocation printed and returned.</summary>
public sealed record CliOutcome(int ExitCode, string Out, string Error);

/// <summary>
/// Runs the real command line in-process with standard output and error captured.
/// Console redirection is process-wide, so every test class using it belongs to the "cli" collection,
/// which xunit runs one test at a time.
/// </summary>
public static class CliRunner
{
    private static readonly object Gate = new();

    public static CliOutcome Run(params string[] args)
    {
        lock (Gate)
        {
            var originalOut = Console.Out;
            var originalError = Console.Error;
            var output = new StringWriter();
            var error = new StringWriter();
            Console.SetOut(output);
            Console.SetError(error);
            try
            {
                int exitCode = Program.Main(args);
                return new CliOutcome(exitCode, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(originalOut);
                Console.SetError(originalError);
            }
        }
    }
}

[CollectionDefinition("cli", DisableParallelization = true)]
public sealed class CliCollection;

/// <summary>A fresh folder for one test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimgraph-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string File(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public string Store => System.IO.Path.Combine(Path, "store");

    /// <summary>How many quads the store in this folder holds, default graph and named graphs together, asked through `claimgraph sparql`.</summary>
    public long CountQuadsInStore()
    {
        var query = File("count.rq", "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }");
        var outcome = CliRunner.Run("sparql", query, "--store", Store, "--format", "csv");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var lines = outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return long.Parse(lines[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The repository's own folders (corpus/, queries/), found upward from the test binary.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");
    public static string Queries => Path.Combine(Root, "queries");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ClaimGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException("ClaimGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
