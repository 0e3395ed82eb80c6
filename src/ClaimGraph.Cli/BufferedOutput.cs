using System.Text;

namespace ClaimGraph.Cli;

/// <summary>
/// Collects what is written in chunks before passing it to <see cref="Console.Out"/>, which flushes on
/// every write: the results writers write a few characters at a time, and a million-row result
/// written straight to a pipe took 15 times as long as through this buffer (112 s against 7.5 s).
/// </summary>
internal sealed class BufferedOutput : TextWriter
{
    private const int ChunkChars = 1 << 16;
    private readonly StringBuilder _buffer = new(ChunkChars);
    private readonly TextWriter _inner;

    public BufferedOutput(TextWriter inner)
    {
        _inner = inner;
        NewLine = inner.NewLine;
    }

    public static BufferedOutput ForConsole() => new(Console.Out);

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value)
    {
        _buffer.Append(value);
        if (_buffer.Length >= ChunkChars) Flush();
    }

    public override void Write(string? value)
    {
        _buffer.Append(value);
        if (_buffer.Length >= ChunkChars) Flush();
    }

    public override void Write(ReadOnlySpan<char> value)
    {
        _buffer.Append(value);
        if (_buffer.Length >= ChunkChars) Flush();
    }

    public override void Flush()
    {
        _inner.Write(_buffer);
        _buffer.Clear();
        _inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Flush();
        base.Dispose(disposing);
    }
}
