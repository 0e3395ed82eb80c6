using System.CommandLine;
using ClaimGraph.Bench.Generation;
using ClaimGraph.Bench.Runner;

namespace ClaimGraph.Bench;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("ClaimGraph benchmarks: parse, load, memory, queries, ingest, search and report, side by side with Apache Jena.");
        AddRunOptions(root);
        root.Subcommands.Add(GenerateCommand());
        return root.Parse(args).Invoke();
    }

    private static void AddRunOptions(RootCommand root)
    {
        var sizes = new Option<string>("--sizes") { Description = "statement counts for parse, load, memory and query (10M needs about 6 GB and 10 minutes more)", DefaultValueFactory = _ => "1M" };
        var only = new Option<string>("--only") { Description = "comma-separated sections: " + string.Join(",", BenchRunner.Sections.Select(s => s.Name)) + " (micro runs only when named)" };
        var articles = new Option<string>("--articles") { Description = "corpus size for ingest, search and report", DefaultValueFactory = _ => "100k" };
        var seed = new Option<ulong>("--seed") { Description = "generator seed", DefaultValueFactory = _ => 42UL };
        var data = new Option<string>("--data") { Description = "folder for generated data and scratch stores", DefaultValueFactory = _ => DefaultDataFolder() };
        var noJena = new Option<bool>("--no-jena") { Description = "do not run Apache Jena" };
        var runs = new Option<int>("--runs") { Description = "warm runs per query (the median is reported)", DefaultValueFactory = _ => 5 };
        var timeout = new Option<int>("--query-timeout") { Description = "seconds after which a query is stopped (either engine)", DefaultValueFactory = _ => 20 };
        var reportRuns = new Option<int>("--report-runs") { Description = "reports per corpus size after one load (the report section)", DefaultValueFactory = _ => 1 };
        var markdown = new Option<string?>("--markdown") { Description = "also write the figures as Markdown to this file" };
        var queries = new Option<string>("--queries") { Description = "comma-separated query names (file names without .rq) for the query section; default all" };
        var noRocks = new Option<bool>("--no-rocksdb-queries") { Description = "run the queries on the in-memory store only, not also on a RocksDB store of the same data" };
        foreach (var o in new Option[] { sizes, only, articles, seed, data, noJena, runs, reportRuns, timeout, markdown, queries, noRocks }) root.Options.Add(o);
        root.SetAction(pr => BenchRunner.Run(new BenchOptions
        {
            Sizes = pr.GetValue(sizes)!.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Sizes.Parse).ToArray(),
            Only = (pr.GetValue(only) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(),
            Articles = (int)Sizes.Parse(pr.GetValue(articles)!),
            Seed = pr.GetValue(seed),
            DataFolder = Path.GetFullPath(pr.GetValue(data)!),
            Jena = !pr.GetValue(noJena),
            Runs = pr.GetValue(runs),
            ReportRuns = pr.GetValue(reportRuns),
            QueryTimeoutSeconds = pr.GetValue(timeout),
            MarkdownOut = pr.GetValue(markdown),
            Queries = (pr.GetValue(queries) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(),
            QueriesOnRocks = !pr.GetValue(noRocks),
        }));
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
