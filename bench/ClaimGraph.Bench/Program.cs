using System.CommandLine;
using ClaimGraph.Bench.Generation;

namespace ClaimGraph.Bench;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("ClaimGraph benchmarks: parse, load, memory, ingest, queries, search and report, side by side with Apache Jena.");
        root.Subcommands.Add(GenerateCommand());
        return root.Parse(args).Invoke();
    }

    private static Command GenerateCommand()
    {
        var what = new Argument<string>("what") { Description = "corpus (article files), nquads (the corpus's claims), ntriples or claims-nq (exactly --size statements)" };
        var size = new Option<string>("--size") { Description = "articles for corpus/nquads, statements for ntriples/claims-nq (1k, 100k, 1M, ...)", DefaultValueFactory = _ => "1k" };
        var seed = new Option<ulong>("--seed") { Description = "generator seed", DefaultValueFactory = _ => 42UL };
        var data = new Option<string>("--data") { Description = "folder for generated data", DefaultValueFactory = _ => DefaultDataFolder() };
        var cmd = new Command("generate", "Write a generated corpus or its RDF into the data folder (reused when already there) and print its path.")
        {
            what, size, seed, data,
        };
        cmd.SetAction(pr =>
        {
            var sets = new DataSets(pr.GetValue(data)!, pr.GetValue(seed));
            long n = Sizes.Parse(pr.GetValue(size)!);
            string path = pr.GetValue(what) switch
            {
                "corpus" => sets.Corpus((int)n),
                "nquads" => sets.CorpusQuads((int)n),
                "ntriples" => sets.Statements(n, quads: false),
                "claims-nq" => sets.Statements(n, quads: true),
                var w => throw new ArgumentException($"unknown kind of data: {w}"),
            };
            Console.WriteLine(path);
            return 0;
        });
        return cmd;
    }

    /// <summary>bench/data next to this project, found from the working directory or the executable.</summary>
    public static string DefaultDataFolder()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ClaimGraph.sln"))) return Path.Combine(dir.FullName, "bench", "data");
        }
        return Path.Combine(Environment.CurrentDirectory, "bench-data");
    }
}
