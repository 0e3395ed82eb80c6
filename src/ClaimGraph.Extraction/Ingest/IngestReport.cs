namespace ClaimGraph.Extraction.Ingest;

/// <summary>What happened to one input file.</summary>
public enum FileOutcome
{
    /// <summary>Stored as a new article.</summary>
    Added,
    /// <summary>Stored, replacing an older version of the same file name.</summary>
    Replaced,
    /// <summary>Already in the store with the same content: nothing written.</summary>
    Unchanged,
    /// <summary>Not stored: bad input (see the message).</summary>
    Failed,
}

/// <summary>A problem worth telling the user, tied to a file and, where known, a line and column.</summary>
public sealed record IngestMessage(string File, int? Line, int? Column, string Text, bool IsError)
{
    public override string ToString()
    {
        var where = Line is null ? File : $"{File}:{Line}:{Column ?? 1}";
        return $"{where}: {(IsError ? "error" : "warning")}: {Text}";
    }
}

/// <summary>The outcome of one file.</summary>
public sealed record FileResult(string Path, FileOutcome Outcome, int Sentences, int Claims);

/// <summary>The summary of an ingest run.</summary>
public sealed class IngestReport
{
    private readonly List<FileResult> _files = [];
    private readonly List<IngestMessage> _messages = [];

    public IReadOnlyList<FileResult> Files => _files;
    public IReadOnlyList<IngestMessage> Messages => _messages;

    public int Articles => _files.Count(f => f.Outcome is FileOutcome.Added or FileOutcome.Replaced or FileOutcome.Unchanged);
    public int Written => _files.Count(f => f.Outcome is FileOutcome.Added or FileOutcome.Replaced);
    public int Failed => _files.Count(f => f.Outcome == FileOutcome.Failed);
    public int Sentences => _files.Sum(f => f.Sentences);
    public int Claims => _files.Sum(f => f.Claims);
    public int Warnings => _messages.Count(m => !m.IsError);

    internal void Add(FileResult file) => _files.Add(file);
    internal void Add(IngestMessage message) => _messages.Add(message);
}
