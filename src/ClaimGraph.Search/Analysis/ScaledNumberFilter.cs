using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ClaimGraph.Search.Analysis;

/// <summary>
/// Adds the plain value of a number followed by a scale word: after "14 million" it emits "14000000"
/// at the position of "million" (a synonym, position increment 0), with offsets spanning both words.
/// So `14000000`, `14,000,000` and the phrase "14 million" all find "14 million".
/// Runs after <see cref="ThousandsSeparatorFilter"/> and lower-casing, before stop words and stemming.
/// </summary>
public sealed class ScaledNumberFilter : TokenFilter
{
    public const string ScaledNumberType = "<SCALED_NUM>";

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100m,
        ["thousand"] = 1_000m,
        ["million"] = 1_000_000m,
        ["billion"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m,
    };

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;

    private decimal? _previousNumber;
    private int _previousNumberStart;
    private State? _pendingScaleWord;
    private string? _pendingValue;
    private int _pendingStart;

    public ScaledNumberFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pendingScaleWord is not null)
        {
            RestoreState(_pendingScaleWord);
            int end = _offset.EndOffset;
            _term.SetEmpty().Append(_pendingValue);
            _offset.SetOffset(_pendingStart, end);
            _increment.PositionIncrement = 0;
            _type.Type = ScaledNumberType;
            _pendingScaleWord = null;
            _pendingValue = null;
            _previousNumber = null;
            return true;
        }

        if (!m_input.IncrementToken()) return false;

        // Most tokens are words after words: let them pass without making a string of them.
        bool mayBeNumber = _term.Length > 0 && (char.IsAsciiDigit(_term.Buffer[0]) || _term.Buffer[0] == '.');
        if (_previousNumber is null && !mayBeNumber) return true;

        var text = _term.ToString();
        if (_previousNumber is decimal number && _increment.PositionIncrement == 1 && Scales.TryGetValue(text, out var scale))
        {
            _pendingScaleWord = CaptureState();
            _pendingValue = FormatValue(number * scale);
            _pendingStart = _previousNumberStart;
        }

        if (mayBeNumber && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            _previousNumber = value;
            _previousNumberStart = _offset.StartOffset;
        }
        else
        {
            _previousNumber = null;
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _previousNumber = null;
        _pendingScaleWord = null;
        _pendingValue = null;
    }

    private static string FormatValue(decimal value)
    {
        var text = value.ToString("0.############", CultureInfo.InvariantCulture);
        return text;
    }
}
