namespace ClaimGraph.Extraction.Text;

/// <summary>
/// Converts UTF-16 indexes of a string into Unicode code point offsets, as W3C Web Annotation's
/// TextPositionSelector counts them (a character outside the BMP is one, not two).
/// </summary>
public sealed class CodePointIndex
{
    private readonly int[]? _surrogatesBefore;   // null when the text has no surrogate pairs (the common case)

    public CodePointIndex(string text)
    {
        int pairs = 0;
        for (int i = 0; i < text.Length; i++) if (char.IsHighSurrogate(text[i])) pairs++;
        if (pairs == 0) return;
        _surrogatesBefore = new int[text.Length + 1];
        int seen = 0;
        for (int i = 0; i < text.Length; i++)
        {
            _surrogatesBefore[i] = seen;
            if (char.IsLowSurrogate(text[i])) seen++;
        }
        _surrogatesBefore[text.Length] = seen;
    }

    /// <summary>The code point offset of a UTF-16 index (0..text.Length).</summary>
    public int ToCodePoint(int utf16Index) => _surrogatesBefore is null ? utf16Index : utf16Index - _surrogatesBefore[utf16Index];
}
