using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ClaimGraph.Rdf.Syntax;

/// <summary>
/// A buffered window on the characters of an input, read from a <see cref="Stream"/> (decoded here from
/// UTF-8, so that an invalid byte is reported at its exact position) or a <see cref="TextReader"/>.
/// Only the window is in memory. A leading byte-order mark is skipped. Tracks the line and column of the
/// next unread character.
/// </summary>
internal sealed class CharSource : IDisposable
{
    private const int InitialCapacity = 1 << 16;

    private readonly Stream? _stream;
    private readonly TextReader? _reader;
    private readonly bool _leaveOpen;
    private readonly byte[] _bytes;
    private int _byteStart, _byteEnd;
    private bool _streamEnded;
    private bool _invalidUtf8;         // decoding stopped at an invalid byte sequence right after _end
    private bool _atStart = true;
    private int _linesRead;

    private char[] _buffer = new char[InitialCapacity];
    private int _position;             // next unread character
    private int _end;                  // end of decoded characters
    private int _lineStart;            // buffer index where the current line starts (may be negative after compaction)

    public CharSource(Stream stream, string? sourceName, bool leaveOpen = false)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
        SourceName = sourceName;
        _bytes = new byte[InitialCapacity];
    }

    public CharSource(TextReader reader, string? sourceName, bool leaveOpen = false)
    {
        _reader = reader;
        _leaveOpen = leaveOpen;
        SourceName = sourceName;
        _bytes = [];
    }

    public string? SourceName { get; }

    /// <summary>1-based line of the next unread character.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>1-based column of the next unread character.</summary>
    public int Column => _position - _lineStart + 1;

    public RdfSyntaxException Error(string reason) => new(SourceName, Line, Column, reason);

    public RdfSyntaxException Error(int line, int column, string reason) => new(SourceName, line, column, reason);

    // ---- character mode (Turtle, TriG) ----

    /// <summary>The character <paramref name="ahead"/> places after the next unread one, or -1 at the end.</summary>
    public int Peek(int ahead = 0)
    {
        while (_position + ahead >= _end)
        {
            if (!Fill()) return -1;
        }
        return _buffer[_position + ahead];
    }

    /// <summary>Consumes one character (which the caller has peeked) and returns it.</summary>
    public char Advance()
    {
        if (_position >= _end && !Fill()) throw Error("unexpected end of input");
        char c = _buffer[_position++];
        if (c == '\n')
        {
            Line++;
            _lineStart = _position;
        }
        return c;
    }

    // ---- line mode (N-Triples, N-Quads) ----

    /// <summary>The buffer that the ranges given by <see cref="TryReadLine"/> point into.</summary>
    public char[] Buffer => _buffer;

    /// <summary>
    /// Reads the next line (up to, not including, '\n'). <see cref="Line"/> is its number and
    /// <see cref="Column"/> is 1 until the next call; a line's characters stay valid until then.
    /// </summary>
    public bool TryReadLine(out int start, out int length)
    {
        if (_linesRead++ > 0) Line++;
        _lineStart = _position;
        int scanFrom = _position;
        while (true)
        {
            int newline = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf('\n');
            if (newline >= 0)
            {
                start = _position;
                length = scanFrom + newline - _position;
                _position = scanFrom + newline + 1;
                return true;
            }
            scanFrom = _end;
            int consumedBefore = _position;
            if (!Fill())
            {
                start = _position;
                length = _end - _position;
                _position = _end;
                return length > 0;
            }
            scanFrom -= consumedBefore - _position;   // Fill may have moved the window
        }
    }

    // ---- filling ----

    /// <summary>Adds characters after <see cref="_end"/>; false when the input has ended.</summary>
    private bool Fill()
    {
        if (_invalidUtf8) throw InvalidUtf8Error();

        if (_position > 0)
        {
            int keep = _end - _position;
            Array.Copy(_buffer, _position, _buffer, 0, keep);
            _lineStart -= _position;
            _end = keep;
            _position = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);

        int added = _reader is not null ? FillFromReader() : FillFromStream();
        if (_atStart && added > 0)
        {
            _atStart = false;
            if (_buffer[0] == '\uFEFF') { _position = 1; _lineStart = 1; return _end > 1 || Fill(); }
        }
        return added > 0;
    }

    /// <summary>Reports the bad byte at its own position: the line and column of the first character not decoded.</summary>
    private RdfSyntaxException InvalidUtf8Error()
    {
        int line = Line, lineStart = _lineStart;
        for (int i = _position; i < _end; i++)
            if (_buffer[i] == '\n') { line++; lineStart = i + 1; }
        return Error(line, _end - lineStart + 1, "invalid UTF-8 byte sequence (is this a text file?)");
    }

    private int FillFromReader()
    {
        int read = _reader!.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        return read;
    }

    private int FillFromStream()
    {
        while (true)
        {
            if (_byteStart == _byteEnd || (!_streamEnded && _byteEnd - _byteStart < 4))
                ReadBytes();
            var status = Utf8.ToUtf16(_bytes.AsSpan(_byteStart, _byteEnd - _byteStart), _buffer.AsSpan(_end),
                out int bytesRead, out int charsWritten, replaceInvalidSequences: false, isFinalBlock: _streamEnded);
            _byteStart += bytesRead;
            _end += charsWritten;
            if (status == OperationStatus.InvalidData) _invalidUtf8 = true;
            if (charsWritten > 0) return charsWritten;
            if (_invalidUtf8) throw InvalidUtf8Error();
            if (_streamEnded) return 0;
        }
    }

    private void ReadBytes()
    {
        int remaining = _byteEnd - _byteStart;
        if (remaining > 0) Array.Copy(_bytes, _byteStart, _bytes, 0, remaining);
        _byteStart = 0;
        _byteEnd = remaining;
        int read = _stream!.Read(_bytes, _byteEnd, _bytes.Length - _byteEnd);
        if (read == 0) _streamEnded = true;
        _byteEnd += read;
        if (_atStart && _byteEnd >= 3 && _bytes[0] == 0xEF && _bytes[1] == 0xBB && _bytes[2] == 0xBF)
        {
            _byteStart = 3;
            _atStart = false;
        }
    }

    public void Dispose()
    {
        if (_leaveOpen) return;
        _stream?.Dispose();
        _reader?.Dispose();
    }
}
