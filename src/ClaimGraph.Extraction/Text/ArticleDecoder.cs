using System.Text;

namespace ClaimGraph.Extraction.Text;

/// <summary>Why a file's bytes are not an article we can read.</summary>
public sealed record DecodeProblem(string Message, int? Line, int? Column);

/// <summary>
/// Turns a file's bytes into article text: strict UTF-8 (a BOM is dropped), CRLF and CR turned
/// into LF so that offsets mean the same on every platform. Rejects empty files, binary data and
/// text that is not UTF-8, naming the line and column of the first bad byte.
/// </summary>
public static class ArticleDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out DecodeProblem? problem)
    {
        text = "";
        problem = null;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];

        if (bytes.IsEmpty || IsAllWhitespace(bytes))
        {
            problem = new DecodeProblem("empty file: no article text", null, null);
            return false;
        }

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = Position(bytes, nul);
            problem = new DecodeProblem("binary data (NUL byte): not a text article", line, column);
            return false;
        }

        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            int at = Math.Max(0, e.Index);
            var (line, column) = Position(bytes, FirstInvalidUtf8(bytes, at));
            problem = new DecodeProblem("not valid UTF-8 text", line, column);
            return false;
        }

        if (CountControlCharacters(text) * 20 > text.Length)
        {
            problem = new DecodeProblem("binary data (control characters): not a text article", null, null);
            return false;
        }

        text = NormaliseLineEnds(text);
        return true;
    }

    private static bool IsAllWhitespace(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes) if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return false;
        return true;
    }

    private static int CountControlCharacters(string text)
    {
        int n = 0;
        foreach (char c in text) if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) n++;
        return n;
    }

    private static string NormaliseLineEnds(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    /// <summary>The index of the first byte that starts an invalid UTF-8 sequence.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes, int hint)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out int read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? hint : read;
    }

    /// <summary>1-based line and column (in characters) of a byte offset.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..Math.Min(offset, bytes.Length)];
        int line = 1, lineStart = 0;
        for (int i = 0; i < before.Length; i++)
            if (before[i] == (byte)'\n') { line++; lineStart = i + 1; }
        int column = 1;
        for (int i = lineStart; i < before.Length; i++)
            if ((before[i] & 0xC0) != 0x80) column++;   // count UTF-8 lead bytes only
        return (line, column);
    }
}
