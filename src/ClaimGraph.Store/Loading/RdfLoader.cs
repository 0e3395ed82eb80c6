using System.Collections.Concurrent;
using System.Diagnostics;
using ClaimGraph.Rdf.Iris;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Syntax;

namespace ClaimGraph.Store.Loading;

/// <summary>What one load did.</summary>
public sealed record LoadSummary(int Files, long QuadsRead, long QuadsAdded, TimeSpan Elapsed, IReadOnlyList<string> EmptyFiles)
{
    public double QuadsPerSecond => Elapsed.TotalSeconds > 0 ? QuadsRead / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Loads RDF files into a store as one bulk load (<see cref="IQuadStore.BeginBulkLoad"/>): nothing is
/// committed before every file is parsed, so a bad file anywhere leaves the store exactly as it was.
/// Formats come from the file extensions. Blank nodes get labels unique to this load, so they never
/// merge with blank nodes already in the store.
/// </summary>
public sealed class RdfLoader(IQuadStore store)
{
    /// <summary>Where quads of the files' default graph go; null keeps them in the default graph.</summary>
    public Iri? TargetGraph { get; init; }

    /// <summary>Quads a durable store sorts and stages at a time: memory against speed.</summary>
    public int BatchQuads { get; init; } = BulkLoadDefaults.BatchQuads;

    /// <summary>Called now and then with the bytes read so far over all files, and the total.</summary>
    public Action<long, long>? Progress { get; init; }

    /// <summary>Loads the files. Throws <see cref="RdfSyntaxException"/> (one line, file:line:column) on bad input.</summary>
    public LoadSummary Load(IReadOnlyList<string> paths, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var formats = paths.Select(CheckReadable).ToList();   // fail fast on a missing file before parsing any
        long totalBytes = paths.Sum(p => new FileInfo(p).Length);
        long quadsRead = 0;
        var emptyFiles = new List<string>();
        var blankNodes = new BlankNodeRenamer();

        using var load = store.BeginBulkLoad(BatchQuads);
        // Parsing runs on its own thread, a few batches ahead of encoding on this one.
        using var batches = new BlockingCollection<FileBatch>(boundedCapacity: 8);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var parser = Task.Run(() => Parse(paths, formats, batches, stop.Token));
        try
        {
            foreach (var batch in batches.GetConsumingEnumerable(stop.Token))
            {
                foreach (var quad in batch.Quads.AsSpan(0, batch.Count))
                {
                    var stored = new Quad(
                        blankNodes.Rename(quad.Subject), quad.Predicate, blankNodes.Rename(quad.Object),
                        quad.Graph is null ? TargetGraph : blankNodes.Rename(quad.Graph));
                    load.Add(stored);
                }
                quadsRead += batch.Count;
                if (batch.EndOfFile && batch.QuadsInFile == 0) emptyFiles.Add(batch.Path);
                Progress?.Invoke(batch.BytesRead, totalBytes);
            }
        }
        catch
        {
            stop.Cancel();
            // The parser's own error, if it had one, is the one to report.
            try { parser.GetAwaiter().GetResult(); } catch (OperationCanceledException) { }
            throw;
        }
        parser.GetAwaiter().GetResult();
        cancel.ThrowIfCancellationRequested();
        long quadsAdded = load.Commit();
        return new LoadSummary(paths.Count, quadsRead, quadsAdded, clock.Elapsed, emptyFiles);
    }

    /// <summary>A run of parsed quads, with how far the reading had got.</summary>
    private sealed record FileBatch(string Path, Quad[] Quads, int Count, long BytesRead, bool EndOfFile, long QuadsInFile);

    private const int BatchSize = 4096;

    private static void Parse(IReadOnlyList<string> paths, List<RdfFormat> formats, BlockingCollection<FileBatch> batches, CancellationToken cancel)
    {
        try
        {
            long bytesBefore = 0;
            for (int i = 0; i < paths.Count; i++)
            {
                string path = paths[i];
                using var stream = OpenStream(path);
                var options = new RdfReaderOptions { SourceName = path, BaseIri = IriReference.FromFilePath(path) };
                using var reader = formats[i].CreateReader(stream, options, leaveOpen: true);
                var quads = new Quad[BatchSize];
                int count = 0;
                long inFile = 0;
                foreach (var quad in reader.ReadQuads())
                {
                    quads[count++] = quad;
                    inFile++;
                    if (count == BatchSize)
                    {
                        batches.Add(new FileBatch(path, quads, count, bytesBefore + stream.Position, false, inFile), cancel);
                        quads = new Quad[BatchSize];
                        count = 0;
                    }
                }
                bytesBefore += stream.Length;
                batches.Add(new FileBatch(path, quads, count, bytesBefore, true, inFile), cancel);
            }
        }
        finally
        {
            batches.CompleteAdding();
        }
    }

    private static RdfFormat CheckReadable(string path)
    {
        if (Directory.Exists(path)) throw new RdfSyntaxException(path, 0, 0, "is a folder, not an RDF file");
        if (!File.Exists(path)) throw new RdfSyntaxException(path, 0, 0, "no such file");
        return RdfFormat.FromFileName(path)
            ?? throw new RdfSyntaxException(path, 0, 0,
                $"cannot tell the RDF format from the extension '{Path.GetExtension(path)}' (known: {string.Join(", ", RdfFormat.All.SelectMany(f => f.Extensions))})");
    }

    private static FileStream OpenStream(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RdfSyntaxException(path, 0, 0, "cannot be read: " + e.Message, e);
        }
    }
}

/// <summary>
/// Gives the blank nodes of one load labels no other load uses: readers make labels unique within a
/// process only, and the store outlives processes.
/// </summary>
public sealed class BlankNodeRenamer
{
    private readonly string _prefix = "L" + Guid.NewGuid().ToString("N")[..12] + "_";
    private readonly Dictionary<BlankNode, BlankNode> _renamed = new();

    public Term Rename(Term term)
    {
        if (term is not BlankNode blank) return term;
        if (!_renamed.TryGetValue(blank, out var renamed))
        {
            renamed = new BlankNode(_prefix + blank.Label);
            _renamed[blank] = renamed;
        }
        return renamed;
    }
}
