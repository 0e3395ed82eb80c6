using ClaimGraph.Bench.Generation;
using ClaimGraph.Bench.Jena;
using ClaimGraph.Bench.Sections;

namespace ClaimGraph.Bench.Runner;

/// <summary>Runs the chosen sections in order, after printing the machine, and writes the Markdown figures when asked.</summary>
public static class BenchRunner
{
    /// <summary>Every section, in the order a run goes through them.</summary>
    public static IReadOnlyList<IBenchSection> Sections { get; } =
    [
        new ParseSection(),
        new LoadSection(),
        new QuerySection(),
        new IngestSection(),
        new SearchSection(),
        new ReportSection(),
        new MicroSection(),
    ];

    public static int Run(BenchOptions options)
    {
        var unknown = options.Only.Where(o => Sections.All(s => s.Name != o)).ToArray();
        if (unknown.Length > 0)
        {
            Console.Error.WriteLine($"bench: unknown section(s) {string.Join(", ", unknown)}; known: {string.Join(", ", Sections.Select(s => s.Name))}");
            return 2;
        }
        string repoRoot = FindRepositoryRoot() ?? Path.GetFullPath(Path.Combine(options.DataFolder, "..", ".."));
        string scratch = Directory.CreateDirectory(Path.Combine(options.DataFolder, "scratch")).FullName;
        var report = new Report();

        JenaTools? jena = null;
        string? jenaStatus = "disabled (--no-jena)";
        if (options.Jena)
        {
            jena = JenaTools.TryCreate(repoRoot, scratch, out string reason);
            jenaStatus = jena?.Version ?? "not available: " + reason;
        }
        Machine.Print(report, jenaStatus);
        report.Note($"sizes {string.Join(", ", options.Sizes.Select(Sizes.Format))}; corpus {options.Articles:N0} articles; seed {options.Seed}; data in {options.DataFolder}");

        var ctx = new BenchContext(options, report, new DataSets(options.DataFolder, options.Seed), jena, repoRoot, scratch);
        foreach (var section in Sections.Where(s => options.Wants(s.Name)))
        {
            try
            {
                section.Run(ctx);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One broken library must not hide the other figures.
                report.Note($"{section.Name}: failed: {e.GetType().Name}: {e.Message}");
            }
        }
        report.Note($"load average at end: {Machine.LoadAverage()}");
        if (options.MarkdownOut is not null)
        {
            File.WriteAllText(options.MarkdownOut, report.Markdown());
            Console.Error.WriteLine($"bench: figures written to {options.MarkdownOut}");
        }
        return 0;
    }

    /// <summary>The folder holding ClaimGraph.sln, above the working directory or the program (the data folder may be anywhere).</summary>
    private static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ClaimGraph.sln"))) return dir.FullName;
        return null;
    }
}
