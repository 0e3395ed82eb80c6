using ClaimGraph.Search.Indexing;
using ClaimGraph.Search.Text;

namespace ClaimGraph.Search.Tests;

/// <summary>
/// The seed articles of corpus/, split naively into sentences (at ". ", "? ", "! " and line ends) with
/// code point offsets, and given made-up publication dates so date filters can be tested.
/// The real pipeline's sentences come from ClaimGraph.Extraction; the index does not care which.
/// </summary>
public static class SeedCorpus
{
    public static readonly string Folder = FindCorpus();

    /// <summary>Made-up dates, one month apart, in file name order.</summary>
    public static DateOnly DateOf(int articleNumber) => new DateOnly(2021, 1, 15).AddMonths(articleNumber);

    public static string ArticleText(string fileName) => File.ReadAllText(Path.Combine(Folder, fileName));

    public static List<IndexedArticle> Articles() =>
        Directory.GetFiles(Folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select((path, number) => Article(Path.GetFileName(path), File.ReadAllText(path), DateOf(number)))
            .ToList();

    public static IndexedArticle Article(string fileName, string text, DateOnly? published, string? articleIri = null)
    {
        articleIri ??= "https://claimgraph.org/id/article/" + Path.GetFileNameWithoutExtension(fileName);
        var sentences = Split(text)
            .Select((span, i) => new IndexedSentence(
                SentenceIri: $"{articleIri}/s{i}",
                Text: span.Text,
                Start: span.Start,
                End: span.End,
                MetricIris: MetricsIn(span.Text),
                ClaimIris: span.Text.Any(char.IsAsciiDigit) ? [$"{articleIri}/s{i}/c0"] : []))
            .ToList();
        var headline = text.Split('\n')[0].Trim();
        return new IndexedArticle(articleIri, fileName, published, headline, sentences);
    }

    /// <summary>Sentences as (text, start, end) with code point offsets into the article.</summary>
    public static IEnumerable<(string Text, int Start, int End)> Split(string article)
    {
        int start = 0;
        for (int i = 0; i <= article.Length; i++)
        {
            bool boundary = i == article.Length
                || article[i] == '\n'
                || (article[i] is '.' or '?' or '!' && i + 1 < article.Length && article[i + 1] == ' ');
            if (!boundary) continue;
            int end = i < article.Length && article[i] != '\n' ? i + 1 : i;
            var raw = article[start..end];
            int lead = raw.Length - raw.TrimStart().Length;
            var text = raw.Trim();
            if (text.Length > 0)
            {
                int from = start + lead;
                yield return (text, CodePoints.FromUtf16(article, from), CodePoints.FromUtf16(article, from + text.Length));
            }
            start = i + 1;
        }
    }

    /// <summary>A stand-in for the extractor's metrics: two-card gang sentences claim one metric.</summary>
    private static IReadOnlyList<string> MetricsIn(string sentence) =>
        sentence.Contains("gangs", StringComparison.Ordinal) && sentence.Contains("two-card", StringComparison.OrdinalIgnoreCase) || sentence.Contains("two card", StringComparison.OrdinalIgnoreCase)
            ? ["https://claimgraph.org/id/metric/two-card-gangs"]
            : sentence.Contains("arrested", StringComparison.Ordinal) ? ["https://claimgraph.org/id/metric/suspects-arrested"] : [];

    private static string FindCorpus()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ClaimGraph.sln"))) return Path.Combine(dir.FullName, "corpus");
        throw new InvalidOperationException("cannot find the repository root (ClaimGraph.sln) above " + AppContext.BaseDirectory);
    }
}

/// <summary>One in-memory index of the seed corpus, shared by the tests of a class.</summary>
public sealed class SeedIndexFixture : IDisposable
{
    public SeedIndexFixture()
    {
        Index = SearchIndex.InMemory();
        Index.Rebuild(SeedCorpus.Articles(), storeVersion: 1);
    }

    public SearchIndex Index { get; }

    public void Dispose() => Index.Dispose();
}
