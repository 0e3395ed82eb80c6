namespace ClaimGraph.Search.Text;

/// <summary>
/// Converts UTF-16 offsets (what .NET strings and Lucene count) to Unicode code point offsets (what
/// ClaimGraph's RDF and W3C Web Annotation's TextPositionSelector count).
/// </summary>
public static class CodePoints
{
    /// <summary>The number of code points in <paramref name="text"/>[0..<paramref name="utf16Offset"/>).</summary>
    public static int FromUtf16(string text, int utf16Offset)
    {
        int count = 0;
        for (int i = 0; i < utf16Offset && i < text.Length; i++)
        {
            // A surrogate pair is one code point: count its high half only.
            if (!char.IsLowSurrogate(text[i]) || i == 0 || !char.IsHighSurrogate(text[i - 1])) count++;
        }
        return count;
    }

    /// <summary>The number of code points in a string.</summary>
    public static int Length(string text) => FromUtf16(text, text.Length);

    /// <summary>The UTF-16 offset of the code point at <paramref name="codePointOffset"/>.</summary>
    public static int ToUtf16(string text, int codePointOffset)
    {
        int i = 0;
        for (int seen = 0; seen < codePointOffset && i < text.Length; seen++)
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        return i;
    }
}
