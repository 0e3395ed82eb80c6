using ClaimGraph.Extraction.Articles;
using ClaimGraph.Extraction.Metrics;
using ClaimGraph.Extraction.Rdf;
using ClaimGraph.Extraction.Text;
using ClaimGraph.Extraction.Time;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Store;

namespace ClaimGraph.Extraction.Ingest;

/// <summary>Where an ingest run is: files done out of the total, and the file being worked on.</summary>
public readonly record struct IngestProgress(int Done, int Total, string Phase, string? File);

/// <summary>
/// Ingests article files into a store. Two passes: the first reads every file for date evidence
/// (so one article can date another), the second extracts each article and writes it as ONE store
/// transaction, then tells the <see cref="IIngestListener"/>s. An unchanged article (same text, same
/// publication date) is not written again; a changed one replaces its old graphs, and the old version
/// stays in the registry graph as superseded. A bad file (empty, binary, not UTF-8, too large) is
/// reported and skipped; the others are still ingested.
/// </summary>
public sealed class ArticleIngestor(IQuadStore store, MetricCatalog catalog, IEnumerable<IIngestListener>? listeners = null)
{
    private readonly List<IIngestListener> _listeners = listeners?.ToList() ?? [];
    private readonly ArticleReader _reader = new();
    private readonly ArticleExtractor _extractor = new(new MetricResolver(catalog));

    /// <summary>Files larger than this are refused without being read (guards memory).</summary>
    public long MaxFileBytes { get; init; } = 8L << 20;

    /// <summary>The clock for the ingest time recorded in each nanopublication's publication info.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public void AddListener(IIngestListener listener) => _listeners.Add(listener);

    public IngestReport Ingest(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancel = default)
    {
        var report = new IngestReport();
        var (files, metadata) = Expand(paths, report);

        // Pass 1: date evidence from every readable file.
        var evidence = new Dictionary<string, DateEvidence>(StringComparer.Ordinal);
        for (int i = 0; i < files.Count; i++)
        {
            cancel.ThrowIfCancellationRequested();
            progress?.Report(new IngestProgress(i, files.Count, "reading", files[i]));
            if (TryRead(files[i], out var article, out _)) evidence[files[i]] = DateEvidence.From(article!);
        }
        var dates = new PublicationDateResolver(evidence.Values.ToList(), metadata.Published);

        EnsureMetricsGraph();

        // Pass 2: extract and store, one transaction per article.
        for (int i = 0; i < files.Count; i++)
        {
            cancel.ThrowIfCancellationRequested();
            var path = files[i];
            progress?.Report(new IngestProgress(i, files.Count, "ingesting", path));
            if (!TryRead(path, out var article, out var problem))
            {
                report.Add(problem!);
                report.Add(new FileResult(path, FileOutcome.Failed, 0, 0));
                continue;
            }
            try
            {
                IngestOne(path, article!, dates.Resolve(evidence[path]), report);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                report.Add(new IngestMessage(path, null, null, "not stored: " + e.Message, IsError: true));
                report.Add(new FileResult(path, FileOutcome.Failed, 0, 0));
            }
        }
        progress?.Report(new IngestProgress(files.Count, files.Count, "done", null));
        foreach (var listener in _listeners)
        {
            try { listener.IngestFinished(report); }
            catch (Exception e) { report.Add(new IngestMessage("(listener)", null, null, $"{listener.GetType().Name} failed at the end: {e.Message}", IsError: false)); }
        }
        return report;
    }

    private void IngestOne(string path, Article article, PublicationDate published, IngestReport report)
    {
        foreach (var warning in article.Warnings) report.Add(new IngestMessage(path, null, null, warning, IsError: false));
        if (published.Warning is { } dateWarning) report.Add(new IngestMessage(path, null, null, dateWarning, IsError: false));
        if (published.Date is null) report.Add(new IngestMessage(path, null, null, "publication year unknown: " + published.Explanation, IsError: false));

        var extracted = _extractor.Extract(article, published);
        var articleIri = CgVocab.ArticleIri(article.ContentHash);
        var fileIri = CgVocab.FileIri(article.FileName);

        using var tx = store.BeginTransaction();
        var current = Object(tx, fileIri, CgVocab.CurrentVersion, CgVocab.RegistryGraph) as Iri;
        if (current == articleIri && SameDate(tx, articleIri, published.Date))
        {
            report.Add(new FileResult(path, FileOutcome.Unchanged, article.Sentences.Count, extracted.Claims.Count));
            return;
        }

        if (current is not null) foreach (var graph in CgVocab.ArticleGraphs(current)) tx.ClearGraph(graph);
        if (current is not null && current != articleIri) foreach (var graph in CgVocab.ArticleGraphs(articleIri)) tx.ClearGraph(graph);
        var now = Clock.GetUtcNow();
        foreach (var quad in ArticleGraphBuilder.Build(extracted, now)) tx.Add(quad);

        var registry = CgVocab.RegistryGraph;
        tx.Add(new Quad(fileIri, Vocab.Rdf.Type, CgVocab.SourceFile, registry));
        tx.Add(new Quad(fileIri, CgVocab.FileName, Literal.String(article.FileName), registry));
        if (current is not null) tx.Remove(new Quad(fileIri, CgVocab.CurrentVersion, current, registry));
        tx.Add(new Quad(fileIri, CgVocab.CurrentVersion, articleIri, registry));
        tx.Add(new Quad(fileIri, CgVocab.Version, articleIri, registry));
        tx.Add(new Quad(articleIri, Vocab.Rdf.Type, CgVocab.Article, registry));
        tx.Add(new Quad(articleIri, CgVocab.FileName, Literal.String(article.FileName), registry));
        tx.Add(new Quad(articleIri, CgVocab.ContentHash, Literal.String(article.ContentHash), registry));
        if (Object(tx, articleIri, CgVocab.IngestedAt, registry) is null)
            tx.Add(new Quad(articleIri, CgVocab.IngestedAt, Literal.Typed(now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), Vocab.Xsd.DateTime), registry));
        bool replaced = current is not null && current != articleIri;
        if (replaced)
        {
            tx.Add(new Quad(current!, CgVocab.SupersededBy, articleIri, registry));
            tx.Add(new Quad(articleIri, CgVocab.Prov.WasRevisionOf, current!, registry));
        }
        tx.Commit();

        report.Add(new FileResult(path, replaced ? FileOutcome.Replaced : FileOutcome.Added, article.Sentences.Count, extracted.Claims.Count));
        Notify(path, extracted, articleIri, replaced ? current : null, report);
    }

    private void Notify(string path, ClaimGraph.Extraction.Claims.ExtractedArticle extracted, Iri articleIri, Iri? superseded, IngestReport report)
    {
        if (_listeners.Count == 0) return;
        var article = extracted.Article;
        var sentences = article.Sentences.Select(s => new IngestedSentence(CgVocab.SentenceIri(articleIri, s.Span.Start, s.Span.End), s.Text, s.Span.Start, s.Span.End)).ToList();
        var claims = extracted.Claims.Select(c => new IngestedClaim(
            CgVocab.ClaimIri(articleIri, c.Span.Start, c.Span.End),
            CgVocab.SentenceIri(articleIri, c.Sentence.Span.Start, c.Sentence.Span.End),
            c.Quantity.Text, c.Span.Start, c.Span.End, c.Quantity.Value, c.Quantity.Unit.Code,
            new Iri(c.Metric.Iri), c.Metric.Label, c.Time.AsOf)).ToList();
        var ingested = new IngestedArticle(article.FileName, articleIri, superseded, extracted.Published.Date, article.Headline, sentences, claims);
        foreach (var listener in _listeners)
        {
            try { listener.ArticleCommitted(ingested); }
            catch (Exception e) { report.Add(new IngestMessage(path, null, null, $"stored, but {listener.GetType().Name} failed: {e.Message}", IsError: false)); }
        }
    }

    /// <summary>Writes the metric catalog into its graph when the store holds another version of it.</summary>
    private void EnsureMetricsGraph()
    {
        if (catalog.Triples.Count == 0) return;
        using var tx = store.BeginTransaction();
        var stored = Object(tx, CgVocab.MetricsGraph, CgVocab.MetricsHash, CgVocab.RegistryGraph) as Literal;
        if (stored?.Lexical == catalog.SourceHash) return;
        tx.ClearGraph(CgVocab.MetricsGraph);
        foreach (var triple in catalog.Triples) tx.Add(new Quad(triple, CgVocab.MetricsGraph));
        if (stored is not null) tx.Remove(new Quad(CgVocab.MetricsGraph, CgVocab.MetricsHash, stored, CgVocab.RegistryGraph));
        tx.Add(new Quad(CgVocab.MetricsGraph, CgVocab.MetricsHash, Literal.String(catalog.SourceHash), CgVocab.RegistryGraph));
        tx.Commit();
    }

    private static bool SameDate(IQuadReader reader, Iri article, DateOnly? date)
    {
        var stored = Object(reader, article, CgVocab.Schema.DatePublished, CgVocab.ProvenanceGraph(article)) as Literal;
        return date is null ? stored is null : stored is not null && stored.Equals(Literal.Date(date.Value));
    }

    /// <summary>The object of the first quad (subject, predicate, ?, graph), or null.</summary>
    private static Term? Object(IQuadReader reader, Iri subject, Iri predicate, Iri graph)
    {
        if (!reader.TryGetId(subject, out long s) || !reader.TryGetId(predicate, out long p) || !reader.TryGetId(graph, out long g)) return null;
        foreach (var quad in reader.Scan(new QuadPattern(s, p, TermIds.Any, g))) return reader.GetTerm(quad.Object);
        return null;
    }

    // ------------------------------------------------------------------ files

    private bool TryRead(string path, out Article? article, out IngestMessage? problem)
    {
        article = null;
        problem = null;
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
            {
                problem = new IngestMessage(path, null, null, $"file is {info.Length / (1 << 20)} MB; articles over {MaxFileBytes / (1 << 20)} MB are refused", IsError: true);
                return false;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = new IngestMessage(path, null, null, "cannot be read: " + e.Message, IsError: true);
            return false;
        }
        if (!ArticleDecoder.TryDecode(bytes, out var text, out var decodeProblem))
        {
            problem = new IngestMessage(path, decodeProblem!.Line, decodeProblem.Column, decodeProblem.Message, IsError: true);
            return false;
        }
        article = _reader.Read(Path.GetFileName(path), text);
        return true;
    }

    /// <summary>The article files (folders give their *.txt files, sorted) and the metadata of their folders.</summary>
    private static (List<string> Files, CorpusMetadata Metadata) Expand(IEnumerable<string> paths, IngestReport report)
    {
        var files = new List<string>();
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                folders.Add(Path.GetFullPath(path));
                files.AddRange(Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
                foreach (var sub in Directory.EnumerateDirectories(path, "*", SearchOption.AllDirectories)) folders.Add(Path.GetFullPath(sub));
            }
            else if (File.Exists(path))
            {
                if (Path.GetFileName(path) == CorpusMetadata.FileName) continue;
                files.Add(path);
                folders.Add(Path.GetDirectoryName(Path.GetFullPath(path))!);
            }
            else
            {
                report.Add(new IngestMessage(path, null, null, "no such file or folder", IsError: true));
                report.Add(new FileResult(path, FileOutcome.Failed, 0, 0));
            }
        }
        var metadata = new CorpusMetadata();
        foreach (var folder in folders)
        {
            var file = Path.Combine(folder, CorpusMetadata.FileName);
            if (File.Exists(file)) metadata.Load(file, (line, message) => report.Add(new IngestMessage(file, line, 1, message, IsError: false)));
        }
        return (files.Distinct(StringComparer.Ordinal).ToList(), metadata);
    }
}
