using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ClaimGraph.Search.Analysis;

/// <summary>
/// Removes thousands separators from numbers, so that "8,600" and "8600" are one term.
/// Only commas between digit groups of three are removed ("1,234,567" becomes "1234567");
/// a decimal part is kept ("1,234.5" becomes "1234.5"). Other tokens pass unchanged.
/// </summary>
public sealed class ThousandsSeparatorFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public ThousandsSeparatorFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        int length = _term.Length;
        if (HasGroupedThousands(buffer, length))
        {
            int write = 0;
            for (int read = 0; read < length; read++)
                if (buffer[read] != ',') buffer[write++] = buffer[read];
            _term.Length = write;
        }
        return true;
    }

    /// <summary>True for digits in groups of three separated by commas, optionally followed by a decimal part.</summary>
    internal static bool HasGroupedThousands(ReadOnlySpan<char> text) => HasGroupedThousands(text.ToArray(), text.Length);

    private static bool HasGroupedThousands(char[] buffer, int length)
    {
        int integerEnd = Array.IndexOf(buffer, '.', 0, length);
        if (integerEnd < 0) integerEnd = length;
        else if (!AllDigits(buffer, integerEnd + 1, length) || integerEnd + 1 == length) return false;

        int firstComma = Array.IndexOf(buffer, ',', 0, integerEnd);
        if (firstComma is < 1 or > 3 || !AllDigits(buffer, 0, firstComma)) return false;
        for (int groupStart = firstComma + 1; groupStart < integerEnd; groupStart += 4)
        {
            if (groupStart + 3 > integerEnd || !AllDigits(buffer, groupStart, groupStart + 3)) return false;
            if (groupStart + 3 < integerEnd && buffer[groupStart + 3] != ',') return false;
        }
        return true;
    }

    private static bool AllDigits(char[] buffer, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (!char.IsAsciiDigit(buffer[i])) return false;
        return true;
    }
}
