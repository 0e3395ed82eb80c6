using ClaimGraph.Extraction;
using ClaimGraph.Extraction.Articles;
using ClaimGraph.Extraction.Claims;
using ClaimGraph.Extraction.Metrics;
using ClaimGraph.Extraction.Text;
using ClaimGraph.Extraction.Time;

namespace ClaimGraph.Extraction.Tests;

/// <summary>The five seed articles run through the whole extraction pipeline once, shared by the tests.</summary>
public sealed class SeedCorpus
{
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClaimGraph.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ClaimGraph.sln not found above " + AppContext.BaseDirectory);
    }

    public static string CorpusFolder => Path.Combine(RepositoryRoot(), "corpus");

    public SeedCorpus()
    {
        var reader = new ArticleReader();
        var articles = Directory.GetFiles(CorpusFolder, "*.txt").Order(StringComparer.Ordinal).Select(path =>
        {
            Assert.True(ArticleDecoder.TryDecode(File.ReadAllBytes(path), out var text, out _));
            return reader.Read(Path.GetFileName(path), text);
        }).ToList();
        var evidence = articles.Select(DateEvidence.From).ToList();
        var dates = new PublicationDateResolver(evidence);
        var extractor = new ArticleExtractor(new MetricResolver(MetricCatalogLoader.BuiltIn()));
        Articles = articles.Select((a, i) => extractor.Extract(a, dates.Resolve(evidence[i]))).ToList();
    }

    public IReadOnlyList<ExtractedArticle> Articles { get; }
}
