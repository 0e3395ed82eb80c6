using ClaimGraph.Bench.Generation;
using ClaimGraph.Bench.Jena;

namespace ClaimGraph.Bench.Runner;

/// <summary>What every section needs: the options, the report, the generated data, Jena (null when absent) and a scratch folder.</summary>
public sealed record BenchContext(BenchOptions Options, Report Report, DataSets Data, JenaTools? Jena, string RepoRoot, string ScratchFolder)
{
    /// <summary>A fresh, empty scratch folder of this name.</summary>
    public string FreshFolder(string name)
    {
        string path = Path.Combine(ScratchFolder, name);
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        return Directory.CreateDirectory(path).FullName;
    }
}

/// <summary>One part of the benchmark (parse, load, query, ...). Sections run in the order listed in <see cref="Sections"/>.</summary>
public interface IBenchSection
{
    /// <summary>The name --only takes.</summary>
    string Name { get; }

    void Run(BenchContext context);
}
