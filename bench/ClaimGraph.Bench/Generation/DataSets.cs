using System.Diagnostics;
using System.Text;

namespace ClaimGraph.Bench.Generation;

/// <summary>
/// The generated inputs of the benchmark, written once under the data folder and reused while their
/// name (size, seed, generator version) matches: a corpus folder of article files, its claims as
/// N-Quads, and claim-like N-Triples / N-Quads of an exact statement count.
/// </summary>
public sealed class DataSets(string folder, ulong seed)
{
    /// <summary>Bump when the generator's output changes, so stale files are not reused.</summary>
    public const int GeneratorVersion = 3;

    /// <summary>Statements per article, roughly; used to size the corpus behind a statement count.</summary>
    private const int StatementsPerArticle = 170;

    public string Folder { get; } = Directory.CreateDirectory(folder).FullName;

    private string Name(string kind, long size, string ext) => Path.Combine(Folder, $"{kind}-{Sizes.Format(size)}-s{seed}-v{GeneratorVersion}{ext}");

    /// <summary>A folder of <paramref name="articles"/> article files.</summary>
    public string Corpus(int articles)
    {
        string dir = Name("corpus", articles, "");
        string done = Path.Combine(dir, ".complete");
        if (File.Exists(done)) return dir;
        var sw = Stopwatch.StartNew();
        Directory.CreateDirectory(dir);
        var gen = new CorpusGenerator(articles, seed);
        foreach (var a in gen.Articles(articles))
            File.WriteAllText(Path.Combine(dir, a.FileName), a.Text, new UTF8Encoding(false));
        File.WriteAllText(done, "");
        Log($"generated corpus of {articles:N0} articles in {sw.Elapsed.TotalSeconds:F1} s: {dir}");
        return dir;
    }

    /// <summary>The claims of the corpus of <paramref name="articles"/> articles, as N-Quads.</summary>
    public string CorpusQuads(int articles) => Cached(Name("corpus-claims", articles, ".nq"), path =>
    {
        var gen = new CorpusGenerator(articles, seed);
        return WriteStatements(path, gen, gen.Articles(articles), triplesOnly: false, long.MaxValue);
    });

    /// <summary>Exactly <paramref name="statements"/> claim-like statements, as N-Triples (graphs dropped) or N-Quads.</summary>
    public string Statements(long statements, bool quads) => Cached(Name("claims", statements, quads ? ".nq" : ".nt"), path =>
    {
        int articles = (int)Math.Max(1000, statements / StatementsPerArticle);
        var gen = new CorpusGenerator(articles, seed);
        var endless = Enumerable.Range(0, int.MaxValue).Select(gen.Article);
        long written = WriteStatements(path, gen, endless, triplesOnly: !quads, statements);
        if (written != statements) throw new InvalidOperationException($"wrote {written} statements, wanted {statements}");
        return written;
    });

    private static long WriteStatements(string path, CorpusGenerator gen, IEnumerable<GeneratedArticle> articles, bool triplesOnly, long limit)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 20);
        var sink = new StatementFileWriter(writer, triplesOnly, limit);
        if (ClaimStatements.WriteVocabulary(gen, sink))
            foreach (var a in articles)
                if (!ClaimStatements.WriteArticle(a, sink)) break;
        return sink.Count;
    }

    private static string Cached(string path, Func<string, long> write)
    {
        if (File.Exists(path)) return path;
        var sw = Stopwatch.StartNew();
        string tmp = path + ".tmp";
        long n = write(tmp);
        File.Move(tmp, path, overwrite: true);
        Log($"generated {n:N0} statements in {sw.Elapsed.TotalSeconds:F1} s: {path}");
        return path;
    }

    private static void Log(string line) => Console.Error.WriteLine("  [data] " + line);
}

/// <summary>Sizes written the short way: 1000 = 1k, 1000000 = 1M.</summary>
public static class Sizes
{
    public static string Format(long n) =>
        n % 1_000_000 == 0 ? $"{n / 1_000_000}M" : n % 1000 == 0 ? $"{n / 1000}k" : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static long Parse(string s)
    {
        s = s.Trim();
        long scale = 1;
        if (s.EndsWith('k') || s.EndsWith('K')) { scale = 1000; s = s[..^1]; }
        else if (s.EndsWith('M') || s.EndsWith('m')) { scale = 1_000_000; s = s[..^1]; }
        return (long)(decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture) * scale);
    }
}
