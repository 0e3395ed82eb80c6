using System.Diagnostics;
using ClaimGraph.Bench.Generation;
using ClaimGraph.Bench.Runner;
using ClaimGraph.Search.Indexing;
using ClaimGraph.Search.Querying;

namespace ClaimGraph.Bench.Sections;

/// <summary>
/// Lucene.Net sentence index: the time to index 1M generated sentences into an on-disk index (as
/// ingest's store folder holds it), then the latency of two-word queries (top 10 hits with match
/// offsets, as `claimgraph search` asks for them): median and 95th percentile over many queries.
/// </summary>
public sealed class SearchSection : IBenchSection
{
    public const int Sentences = 1_000_000;
    private const int WarmUpRounds = 3;

    private static readonly string[] TwoWordQueries =
    [
        "suspects arrested", "phone cards", "bank accounts", "gangs eliminated", "criminal gangs", "trees planted",
        "drunk drivers", "vaccine doses", "fraud dens", "counterfeit products", "rural road", "polluting enterprises",
        "warning messages", "funds intercepted", "people dissuaded", "jobs created", "smuggled goods", "medical insurance",
        "Card Broken", "Clean Net", "Sky Net", "Blue Sky", "Iron Fist", "Spring Breeze", "hotline clues",
        "centralized operation", "press conference", "public security", "Zhejiang Province", "Guangdong Province",
        "success rate", "commission transfer", "community clinics", "business outlets", "abnormal accounts",
        "farmland irrigated", "households helped", "tonnes garbage", "passengers carried", "shops inspected",
        "8,600 gangs", "12000 suspects", "million yuan", "billion yuan", "total arrested", "plenary session",
        "source governance", "linkage mechanism", "typical cases", "illegal trading",
    ];

    public string Name => "search";

    public void Run(BenchContext ctx)
    {
        var r = ctx.Report;
        r.Section($"Full-text search (Lucene.Net), {Sentences:N0} sentences");

        var articles = Articles(ctx.Options.Articles, ctx.Options.Seed, out int sentences);
        string folder = ctx.FreshFolder("search-store");
        using var index = SearchIndex.OpenInStore(folder);
        var (indexTime, indexCpu) = Measure.TimeWithCpu(() => index.Rebuild(articles, storeVersion: 1));
        r.Table("what", "figure");
        r.Row("index build (on disk, committed)", $"{Report.Seconds(indexTime)} wall, {Report.Seconds(indexCpu)} CPU, for {sentences:N0} sentences in {articles.Count:N0} articles ({Report.Rate(sentences / indexTime.TotalSeconds)})");

        var searcher = new SentenceSearcher(index);
        // Warm-up: reader open, OS cache, and enough calls for tiered JIT to settle on optimised code,
        // so the rounds below measure a long-running searcher (the SPARQL text:query, a server) rather than the JIT.
        for (int round = 0; round < WarmUpRounds; round++)
            foreach (var q in TwoWordQueries) searcher.Search(q);
        var latencies = new List<double>();
        long hits = 0;
        var (_, queryCpu) = Measure.TimeWithCpu(() =>
        {
            for (int round = 0; round < 5; round++)
                foreach (var q in TwoWordQueries)
                {
                    var sw = Stopwatch.StartNew();
                    var result = searcher.Search(q, limit: 10);
                    latencies.Add(sw.Elapsed.TotalMilliseconds);
                    hits += result.TotalHits;
                }
        });
        var phrase = TwoWordQueries.Select(q => $"\"{q}\"").ToArray();
        var phraseLatencies = new List<double>();
        for (int round = 0; round < 5; round++)
            foreach (var q in phrase)
            {
                var sw = Stopwatch.StartNew();
                searcher.Search(q, limit: 10);
                phraseLatencies.Add(sw.Elapsed.TotalMilliseconds);
            }
        r.Row("two-word query, median (top 10 with match offsets)", Report.Ms(Measure.Median(latencies)));
        r.Row("two-word query, 95th percentile", Report.Ms(Percentile(latencies, 0.95)));
        r.Row("two-word query, mean CPU per query", Report.Ms(queryCpu.TotalMilliseconds / latencies.Count));
        r.Row("two-word phrase query, median", Report.Ms(Measure.Median(phraseLatencies)));
        r.Row("queries timed", $"{latencies.Count + phraseLatencies.Count:N0} ({TwoWordQueries.Length} distinct, 5 rounds after {WarmUpRounds} warm-up rounds; {hits / Math.Max(1, latencies.Count):N0} total hits per query on average)");
        r.Note("Jena has no Lucene text index in Debian's package (jena-text is not shipped), so there is no side-by-side figure here.");
    }

    /// <summary>Generated articles as the index sees them, until <see cref="Sentences"/> sentences; materialised first so generation is not timed.</summary>
    private static List<IndexedArticle> Articles(int corpusSize, ulong seed, out int sentences)
    {
        var gen = new CorpusGenerator(corpusSize, seed);
        var list = new List<IndexedArticle>();
        sentences = 0;
        for (int n = 0; sentences < Sentences; n++)
        {
            var a = gen.Article(n);
            string id = ClaimStatements.ArticleId(a.Text);
            var byClaimSentence = a.Claims.ToLookup(c => c.SentenceIndex);
            var indexed = a.Sentences.Take(Sentences - sentences).Select(s => new IndexedSentence(
                $"{id}/sentence/{s.Start}-{s.End}", s.Text, s.Start, s.End,
                byClaimSentence[s.Index].Select(c => ClaimStatements.Id + "metric/" + c.MetricKey).Distinct().ToArray(),
                byClaimSentence[s.Index].Select(c => $"{id}/claim/{c.Start}-{c.End}").ToArray())).ToArray();
            sentences += indexed.Length;
            list.Add(new IndexedArticle(id, a.FileName, a.Published, a.Headline, indexed));
        }
        return list;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}
