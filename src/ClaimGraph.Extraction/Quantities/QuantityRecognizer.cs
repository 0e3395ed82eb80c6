using System.Globalization;
using ClaimGraph.Extraction.Lexing;

namespace ClaimGraph.Extraction.Quantities;

/// <summary>
/// Finds the figures of a sentence: digits, decimals, scale words, number words, percentages,
/// money, durations, ranges and bound words. Numbers that are not figures (dates, years, clock
/// times, names in quotes such as "12.15", article and hotline numbers, ordinals, "one" as a pronoun)
/// are left out by <see cref="NotAFigure"/>.
/// </summary>
public static class QuantityRecognizer
{
    private static readonly (string[] Words, BoundKind Bound, bool Inclusive)[] Prefixes =
    [
        (["more", "than"], BoundKind.AtLeast, false), (["over"], BoundKind.AtLeast, false), (["above"], BoundKind.AtLeast, false),
        (["exceeding"], BoundKind.AtLeast, false), (["in", "excess", "of"], BoundKind.AtLeast, false), (["upwards", "of"], BoundKind.AtLeast, false),
        (["greater", "than"], BoundKind.AtLeast, false), (["at", "least"], BoundKind.AtLeast, true), (["no", "less", "than"], BoundKind.AtLeast, true),
        (["not", "less", "than"], BoundKind.AtLeast, true), (["no", "fewer", "than"], BoundKind.AtLeast, true), (["a", "minimum", "of"], BoundKind.AtLeast, true),
        (["nearly"], BoundKind.AtMost, false), (["almost"], BoundKind.AtMost, false), (["less", "than"], BoundKind.AtMost, false),
        (["fewer", "than"], BoundKind.AtMost, false), (["under"], BoundKind.AtMost, false), (["below"], BoundKind.AtMost, false),
        (["close", "to"], BoundKind.AtMost, false), (["up", "to"], BoundKind.AtMost, true), (["at", "most"], BoundKind.AtMost, true),
        (["no", "more", "than"], BoundKind.AtMost, true), (["not", "more", "than"], BoundKind.AtMost, true), (["a", "maximum", "of"], BoundKind.AtMost, true),
        (["as", "many", "as"], BoundKind.AtMost, true), (["about"], BoundKind.Approx, true), (["some"], BoundKind.Approx, true),
        (["around"], BoundKind.Approx, true), (["approximately"], BoundKind.Approx, true), (["roughly"], BoundKind.Approx, true),
        (["an", "estimated"], BoundKind.Approx, true), (["estimated"], BoundKind.Approx, true), (["circa"], BoundKind.Approx, true),
        (["approx"], BoundKind.Approx, true), (["nearly", "about"], BoundKind.Approx, true),
    ];

    private static readonly Dictionary<string, Unit> CurrencyWords = new()
    {
        ["yuan"] = Unit.Money("CNY"), ["rmb"] = Unit.Money("CNY"), ["renminbi"] = Unit.Money("CNY"), ["cny"] = Unit.Money("CNY"),
        ["dollars"] = Unit.Money("USD"), ["dollar"] = Unit.Money("USD"), ["usd"] = Unit.Money("USD"),
        ["euros"] = Unit.Money("EUR"), ["euro"] = Unit.Money("EUR"), ["eur"] = Unit.Money("EUR"),
        ["pounds"] = Unit.Money("GBP"), ["sterling"] = Unit.Money("GBP"), ["gbp"] = Unit.Money("GBP"),
        ["yen"] = Unit.Money("JPY"), ["rupees"] = Unit.Money("INR"), ["hkd"] = Unit.Money("HKD"),
    };

    private static readonly Dictionary<char, Unit> CurrencySymbols = new()
    {
        ['$'] = Unit.Money("USD"), ['¥'] = Unit.Money("CNY"), ['€'] = Unit.Money("EUR"), ['£'] = Unit.Money("GBP"), ['₹'] = Unit.Money("INR"),
    };

    private static readonly Dictionary<string, Unit> DurationWords = new()
    {
        ["second"] = Unit.Second, ["seconds"] = Unit.Second,
        ["minute"] = Unit.Minute, ["minutes"] = Unit.Minute, ["hour"] = Unit.Hour, ["hours"] = Unit.Hour,
        ["day"] = Unit.Day, ["days"] = Unit.Day, ["week"] = Unit.Week, ["weeks"] = Unit.Week,
        ["month"] = Unit.Month, ["months"] = Unit.Month, ["year"] = Unit.Year, ["years"] = Unit.Year,
        ["decade"] = Unit.Decade, ["decades"] = Unit.Decade,
    };

    /// <summary>Units of mass, area, length, volume and energy, as written after the number ("2,300 kilograms", "1.2 million mu").</summary>
    private static readonly Dictionary<string, Unit> MeasureWords = new()
    {
        ["kilogram"] = Unit.Kilogram, ["kilograms"] = Unit.Kilogram, ["kilogramme"] = Unit.Kilogram, ["kilogrammes"] = Unit.Kilogram, ["kg"] = Unit.Kilogram,
        ["tonne"] = Unit.Tonne, ["tonnes"] = Unit.Tonne, ["ton"] = Unit.Tonne, ["tons"] = Unit.Tonne,
        ["hectare"] = Unit.Hectare, ["hectares"] = Unit.Hectare, ["mu"] = Unit.Mu,
        ["kilometre"] = Unit.Kilometre, ["kilometres"] = Unit.Kilometre, ["kilometer"] = Unit.Kilometre, ["kilometers"] = Unit.Kilometre, ["km"] = Unit.Kilometre,
        ["metre"] = Unit.Metre, ["metres"] = Unit.Metre, ["meter"] = Unit.Metre, ["meters"] = Unit.Metre,
        ["centimetre"] = Unit.Centimetre, ["centimetres"] = Unit.Centimetre, ["centimeter"] = Unit.Centimetre, ["centimeters"] = Unit.Centimetre, ["cm"] = Unit.Centimetre,
        ["millimetre"] = Unit.Millimetre, ["millimetres"] = Unit.Millimetre, ["millimeter"] = Unit.Millimetre, ["millimeters"] = Unit.Millimetre, ["mm"] = Unit.Millimetre,
        ["gram"] = Unit.Gram, ["grams"] = Unit.Gram, ["gramme"] = Unit.Gram, ["grammes"] = Unit.Gram,
        ["kilowatt"] = Unit.Kilowatt, ["kilowatts"] = Unit.Kilowatt, ["kw"] = Unit.Kilowatt,
        ["megawatt"] = Unit.Megawatt, ["megawatts"] = Unit.Megawatt, ["mw"] = Unit.Megawatt,
        ["mile"] = Unit.Mile, ["miles"] = Unit.Mile,
        ["litre"] = Unit.Litre, ["litres"] = Unit.Litre, ["liter"] = Unit.Litre, ["liters"] = Unit.Litre,
        ["kwh"] = Unit.KilowattHour,
    };

    /// <summary>"square kilometres", "cubic metres", "kilowatt hours": two words, one unit.</summary>
    private static readonly Dictionary<(string, string), Unit> TwoWordMeasures = new()
    {
        [("square", "kilometres")] = Unit.SquareKilometre, [("square", "kilometers")] = Unit.SquareKilometre, [("sq", "km")] = Unit.SquareKilometre,
        [("square", "kilometre")] = Unit.SquareKilometre, [("square", "kilometer")] = Unit.SquareKilometre,
        [("cubic", "metres")] = Unit.CubicMetre, [("cubic", "meters")] = Unit.CubicMetre,
        [("square", "metres")] = Unit.SquareMetre, [("square", "meters")] = Unit.SquareMetre, [("square", "metre")] = Unit.SquareMetre, [("square", "meter")] = Unit.SquareMetre,
        [("kilowatt", "hours")] = Unit.KilowattHour,
    };

    /// <summary>Seconds in each unit that a compound duration ("2 hours 8 minutes 15 seconds") may join.</summary>
    private static readonly Dictionary<Unit, int> SecondsIn = new()
    {
        [Unit.Day] = 86_400, [Unit.Hour] = 3_600, [Unit.Minute] = 60, [Unit.Second] = 1,
    };

    /// <summary>Verbs that make the figure after them a lower bound: "sales exceeded 3.7 million units", "topped 1,000".</summary>
    private static readonly HashSet<string> ExceedingVerbs = ["exceeded", "exceeds", "exceed", "surpassed", "surpasses", "surpass", "topped", "tops"];

    /// <summary>People an age after "under" or "over" describes: "children under 14", "residents over 60".</summary>
    private static readonly HashSet<string> AgedGroups =
    [
        "children", "kids", "people", "persons", "those", "adults", "residents", "minors", "teenagers", "teens", "youths",
        "students", "pupils", "women", "men", "girls", "boys", "patients", "citizens", "seniors", "infants", "babies", "anyone",
    ];

    /// <summary>"micrograms per cubic metre": a concentration, four words.</summary>
    private static readonly HashSet<string> CubicMetreWords = ["metre", "metres", "meter", "meters"];

    /// <summary>Adjectives allowed between a number and its duration word ("three consecutive months").</summary>
    private static readonly HashSet<string> DurationAdjectives = ["consecutive", "straight", "full", "successive", "whole", "more", "long"];

    /// <summary>Words that make the number after them a label, not a figure ("Article 5", "hotline 12345").</summary>
    private static readonly HashSet<string> LabelWords =
    [
        "article", "section", "chapter", "no", "paragraph", "clause", "item", "rule", "phase", "version", "session",
        "room", "flight", "route", "line", "level", "grade", "step", "part", "volume", "vol", "page", "table", "figure",
        "fig", "hotline", "dial", "tel", "telephone", "ext", "code", "model", "type", "category", "lot", "batch",
        "number", "platform", "gate", "bus", "highway", "road", "block", "unit", "apartment", "floor", "division",
    ];

    private static readonly HashSet<string> PhoneContext = ["hotline", "call", "dial", "tel", "telephone", "phone", "fax", "mobile", "contact", "wechat", "number"];

    public static List<Quantity> Recognize(string sentence, IReadOnlyList<Token> tokens)
    {
        var found = new List<Quantity>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!TryReadNumber(tokens, i, out var value, out int last)) continue;
            if (NotAFigure(tokens, i, last, value)) { i = last; continue; }

            int first = i;
            decimal? high = null;
            var unit = Unit.Count;
            int end = last;

            if (TryCurrencyBefore(tokens, first, out var money, out int currencyStart)) { unit = money; first = currencyStart; }
            end = ReadUnitAfter(tokens, end, ref unit);
            if (SecondsIn.ContainsKey(unit)) end = ReadCompoundDuration(tokens, end, ref value, ref unit);

            // A range: "1%-1.8%", "5-10 million", "1 to 6", "between 5 and 10".
            if (TryReadRangeEnd(tokens, end, out var highValue, out int highLast, out bool highHasScale))
            {
                var highUnit = unit;
                int after = ReadUnitAfter(tokens, highLast, ref highUnit);
                if (unit == Unit.Count && highUnit != Unit.Count) unit = highUnit;
                if (highHasScale && !HasScale(tokens, i, last)) value *= ScaleOf(tokens, highLast);
                high = highValue;
                end = after;
            }

            var (bound, inclusive, boundStart) = ReadBoundBefore(tokens, first);
            if (bound == BoundKind.Exact && TryPostfixBound(tokens, end, out var postBound, out int postEnd))
            {
                bound = postBound;
                inclusive = true;
                end = postEnd;
            }
            if (high is not null)
            {
                bound = BoundKind.Range;   // a bound word before a range ("up to 5-10") is dropped: the range says more
                inclusive = true;
            }

            int spanStart = tokens[boundStart].Start;
            int spanEnd = tokens[end].End;
            found.Add(new Quantity(spanStart, spanEnd, boundStart, end, sentence[spanStart..spanEnd], Normalise(value), high is null ? null : Normalise(high.Value), bound,
                LowerInclusive: bound is BoundKind.AtMost ? false : bound == BoundKind.AtLeast ? inclusive : true,
                UpperInclusive: bound is BoundKind.AtLeast ? false : bound == BoundKind.AtMost ? inclusive : true,
                unit));
            i = end;
        }
        return found;
    }

    // ------------------------------------------------------------------ numbers

    /// <summary>Drops trailing zeros that scaling leaves ("1.4 billion" is 1400000000, not 1400000000.0).</summary>
    private static decimal Normalise(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>Reads a number at token <paramref name="i"/> (digits or number words, with scale words); <paramref name="last"/> is its last token.</summary>
    private static bool TryReadNumber(IReadOnlyList<Token> tokens, int i, out decimal value, out int last)
    {
        value = 0;
        last = i;
        var t = tokens[i];
        if (t.Kind == TokenKind.Number)
        {
            if (!decimal.TryParse(t.Text.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
        }
        else if (t.IsWord && TryNumberWord(t.Lower, out int small))
        {
            value = small;
            if (small == 1 && !(i + 1 < tokens.Count && Lexicon.ScaleWords.ContainsKey(tokens[i + 1].Lower) && tokens[i + 1].Lower.Length > 2))
                return false;   // "one" is a pronoun or determiner far more often than a figure
        }
        else return false;

        while (last + 1 < tokens.Count && IsScaleWord(tokens[last + 1]))
        {
            value *= Lexicon.ScaleWords[tokens[last + 1].Lower];
            last++;
        }
        return true;
    }

    private static bool IsScaleWord(Token t) => t.IsWord && t.SpaceBefore && Lexicon.ScaleWords.TryGetValue(t.Lower, out _) && t.Lower.Length > 2;

    private static bool HasScale(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int k = from + 1; k <= to; k++) if (IsScaleWord(tokens[k])) return true;
        return false;
    }

    private static decimal ScaleOf(IReadOnlyList<Token> tokens, int last)
    {
        decimal scale = 1;
        for (int k = last; k > 0 && IsScaleWord(tokens[k]); k--) scale *= Lexicon.ScaleWords[tokens[k].Lower];
        return scale;
    }

    /// <summary>"four", "twenty-three", "Five".</summary>
    public static bool TryNumberWord(string lower, out int value)
    {
        value = 0;
        if (Lexicon.NumberWords.TryGetValue(lower, out value)) return lower != "dozen";
        int dash = lower.IndexOf('-');
        if (dash > 0 && Lexicon.NumberWords.TryGetValue(lower[..dash], out int tens) && tens is >= 20 and <= 90 && tens % 10 == 0
            && Lexicon.NumberWords.TryGetValue(lower[(dash + 1)..], out int ones) && ones is >= 1 and <= 9)
        {
            value = tens + ones;
            return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ units

    private static bool TryCurrencyBefore(IReadOnlyList<Token> tokens, int first, out Unit unit, out int start)
    {
        unit = Unit.Count;
        start = first;
        if (first == 0) return false;
        var prev = tokens[first - 1];
        if (prev.Kind == TokenKind.Punct && CurrencySymbols.TryGetValue(prev.Text[0], out var symbolUnit))
        {
            unit = symbolUnit;
            start = first - 1;
            if (start > 0 && tokens[start - 1].Is("us") && !tokens[start].SpaceBefore) start--;
            return true;
        }
        if (prev.IsWord && prev.Lower is "rmb" or "cny" or "usd" or "eur" or "hkd" or "gbp")
        {
            unit = CurrencyWords[prev.Lower];
            start = first - 1;
            return true;
        }
        return false;
    }

    /// <summary>Reads a unit after the number's last token: "%", "percent", "yuan", "US dollars", "months", "months'".</summary>
    private static int ReadUnitAfter(IReadOnlyList<Token> tokens, int last, ref Unit unit)
    {
        int k = last + 1;
        if (k >= tokens.Count) return last;
        var t = tokens[k];
        if (t.IsPunct('%')) { unit = Unit.Percent; return k; }
        if (t.Is("percent") || t.Is("pct")) { unit = Unit.Percent; return k; }
        if (t.Is("per") && k + 1 < tokens.Count && tokens[k + 1].Is("cent")) { unit = Unit.Percent; return k + 1; }
        if (t.Is("percentage") && k + 1 < tokens.Count && tokens[k + 1].Lower is "point" or "points") { unit = Unit.PercentagePoint; return k + 1; }
        if (unit.Kind != UnitKind.Money)
        {
            if (t.Is("us") && k + 1 < tokens.Count && tokens[k + 1].Lower is "dollars" or "dollar") { unit = Unit.Money("USD"); return k + 1; }
            if (CurrencyWords.TryGetValue(t.Lower, out var money)) { unit = money; return k; }
        }
        else if (CurrencyWords.ContainsKey(t.Lower)) return k;   // "RMB 5 million yuan"

        if (t.Lower is "micrograms" or "microgram" && k + 3 < tokens.Count && tokens[k + 1].Is("per") && tokens[k + 2].Is("cubic") && CubicMetreWords.Contains(tokens[k + 3].Lower))
        {
            unit = Unit.MicrogramPerCubicMetre;
            return k + 3;
        }
        if (k + 1 < tokens.Count && TwoWordMeasures.TryGetValue((t.Lower, tokens[k + 1].Lower), out var twoWord)) { unit = twoWord; return k + 1; }
        if (unit.Kind != UnitKind.Money && MeasureWords.TryGetValue(t.Lower, out var measure)) { unit = measure; return k; }

        int d = k;
        while (d < tokens.Count && d - k < 2 && DurationAdjectives.Contains(tokens[d].Lower)) d++;
        if (d < tokens.Count && DurationWords.TryGetValue(tokens[d].Lower, out var duration))
        {
            unit = duration;
            return d;
        }
        return last;
    }

    /// <summary>
    /// Joins the parts of "2 hours 8 minutes 15 seconds" or "1 hour and 30 minutes" into one figure in the smallest
    /// unit written (7,695 seconds; 90 minutes). <paramref name="end"/> is the first part's unit word.
    /// </summary>
    private static int ReadCompoundDuration(IReadOnlyList<Token> tokens, int end, ref decimal value, ref Unit unit)
    {
        while (true)
        {
            int k = end + 1;
            if (k < tokens.Count && tokens[k].Is("and")) k++;
            if (k + 1 >= tokens.Count || tokens[k].Kind != TokenKind.Number || !TryReadNumber(tokens, k, out var part, out int partLast)) return end;
            if (partLast + 1 >= tokens.Count || !DurationWords.TryGetValue(tokens[partLast + 1].Lower, out var partUnit)
                || !SecondsIn.TryGetValue(partUnit, out int partSeconds) || partSeconds >= SecondsIn[unit])
                return end;
            value = value * (SecondsIn[unit] / partSeconds) + part;
            unit = partUnit;
            end = partLast + 1;
        }
    }

    // ------------------------------------------------------------------ ranges and bounds

    private static bool TryReadRangeEnd(IReadOnlyList<Token> tokens, int end, out decimal high, out int highLast, out bool hasScale)
    {
        high = 0;
        highLast = end;
        hasScale = false;
        int k = end + 1;
        if (k + 1 >= tokens.Count) return false;
        var sep = tokens[k];
        bool dash = sep.Kind == TokenKind.Punct && sep.Text is "-" or "–" or "—" or "~";
        bool to = sep.Is("to") || sep.Is("and") && PrecededByBetween(tokens, end);
        if (!dash && !to) return false;
        if (dash && tokens[k + 1].Kind != TokenKind.Number) return false;
        if (to && IsChangeFromTo(tokens, end)) return false;
        if (!TryReadNumber(tokens, k + 1, out high, out highLast)) return false;
        if (NotAFigure(tokens, k + 1, highLast, high)) return false;
        hasScale = HasScale(tokens, k + 1, highLast);
        return true;
    }

    private static bool PrecededByBetween(IReadOnlyList<Token> tokens, int end)
    {
        for (int k = end; k >= 0 && end - k < 6; k--) if (tokens[k].Is("between")) return true;
        return false;
    }

    /// <summary>
    /// "rose from 5% to 7%", "rose by 13,000 to 231,000" and "fell 37,000 to 1.76 million" state a change and a level
    /// (two figures), not a range.
    /// </summary>
    private static bool IsChangeFromTo(IReadOnlyList<Token> tokens, int end)
    {
        for (int k = end; k >= 1 && end - k < 6; k--)
        {
            if (tokens[k].Is("from")) return Lexicon.IsVerbLike(tokens[k - 1]) || tokens[k - 1].Lower is "rise" or "fall" or "grow" or "drop" or "jump" or "climb" or "increase" or "decrease";
            if (tokens[k].IsWord && Lexicon.IsLevelVerb(tokens[k].Lower)) return true;
            if (tokens[k].Kind == TokenKind.Number && k < end - 2) return false;
        }
        return false;
    }

    private static (BoundKind Bound, bool Inclusive, int Start) ReadBoundBefore(IReadOnlyList<Token> tokens, int first)
    {
        foreach (var (words, bound, inclusive) in Prefixes)
        {
            int start = first - words.Length;
            if (start < 0) continue;
            bool match = true;
            for (int w = 0; w < words.Length && match; w++) match = tokens[start + w].Lower == words[w];
            if (!match) continue;
            if (words is ["some"] && start > 0 && tokens[start - 1].Is("for")) continue;
            return (bound, inclusive, start);
        }
        // The verb stays out of the figure's text: it is what the frame reads as the action.
        if (first > 0 && ExceedingVerbs.Contains(tokens[first - 1].Lower)) return (BoundKind.AtLeast, false, first);
        return (BoundKind.Exact, true, first);
    }

    private static bool TryPostfixBound(IReadOnlyList<Token> tokens, int end, out BoundKind bound, out int newEnd)
    {
        bound = BoundKind.Exact;
        newEnd = end;
        int k = end + 1;
        if (k >= tokens.Count) return false;
        if (tokens[k].IsPunct('+') && !tokens[k].SpaceBefore) { bound = BoundKind.AtLeast; newEnd = k; return true; }
        if (tokens[k].IsPunct('-') && !tokens[k].SpaceBefore && k + 1 < tokens.Count && tokens[k + 1].Lower is "plus" or "odd")
        {
            bound = tokens[k + 1].Is("plus") ? BoundKind.AtLeast : BoundKind.Approx;
            newEnd = k + 1;
            return true;
        }
        if (k + 1 < tokens.Count && tokens[k].Lower is "or" or "and" && tokens[k + 1].Lower is "more" or "above" or "over")
        {
            bound = BoundKind.AtLeast; newEnd = k + 1; return true;
        }
        if (k + 1 < tokens.Count && tokens[k].Is("or") && tokens[k + 1].Is("so")) { bound = BoundKind.Approx; newEnd = k + 1; return true; }
        return false;
    }

    // ------------------------------------------------------------------ not figures

    /// <summary>True when the number at tokens first..last is a date, year, time, name, label, phone number or pronoun.</summary>
    public static bool NotAFigure(IReadOnlyList<Token> tokens, int first, int last, decimal value)
    {
        var t = tokens[first];
        Token? prev = first > 0 ? tokens[first - 1] : null;
        Token? next = last + 1 < tokens.Count ? tokens[last + 1] : null;
        bool digits = t.Kind == TokenKind.Number;
        bool plainInteger = digits && !t.Text.Contains(',') && !t.Text.Contains('.') && last == first;

        if (IsNameInQuotes(tokens, first)) return true;

        // Clock times: "15:00", "10 o'clock", "7 a.m.".
        if (digits && next is not null && next.IsPunct(':') && !next.SpaceBefore) return true;
        if (digits && prev is not null && prev.IsPunct(':') && !t.SpaceBefore) return true;
        if (next is not null && (next.Lower is "o'clock" or "o’clock" or "am" or "pm" or "a.m" or "p.m" || (next.Lower is "a" or "p" && last + 2 < tokens.Count && tokens[last + 2].IsPunct('.') && !tokens[last + 2].SpaceBefore))) return true;

        // Dates: "February 4", "4 February", "Feb. 4", years.
        if (plainInteger && value is >= 1 and <= 31)
        {
            var before = prev is not null && prev.IsPunct('.') && first > 1 ? tokens[first - 2] : prev;
            if (before is not null && Lexicon.Months.ContainsKey(before.Lower) && (before.IsCapitalized || before.Lower.Length > 3)) return true;
            if (next is not null && Lexicon.Months.ContainsKey(next.Lower) && next.IsCapitalized) return true;
        }
        if (digits && IsInIsoDate(tokens, first)) return true;
        if (plainInteger && t.Text.Length == 4 && value is >= 1800 and <= 2199 && !(next is not null && (next.IsPunct('%') || next.Lower is "percent" or "yuan" or "dollars" or "people" or "cases"))) return true;

        // Labels and phone numbers: "Article 5", "hotline 96110", "010-12345678".
        if (digits && prev is not null && prev.IsWord && LabelWords.Contains(prev.Lower) && last == first && !(prev.Lower is "number" && first >= 2 && tokens[first - 2].Is("the"))) return true;
        if (digits && prev is not null && prev.IsPunct('#')) return true;
        if (digits && IsPhoneNumber(tokens, first)) return true;

        // A stretch of time that dates the figures rather than being one: "over the past five years", "in the first three quarters".
        if (prev is not null && prev.Lower is "past" or "last" or "next" or "previous" or "recent" or "coming" or "first" && next is not null
            && (DurationWords.ContainsKey(next.Lower) || next.Lower is "quarters" or "quarter"))
            return true;

        // Time counted from an event dates another figure: "three days later", "two weeks ago".
        if (next is not null && DurationWords.ContainsKey(next.Lower) && last + 2 < tokens.Count && tokens[last + 2].Lower is "later" or "ago" or "earlier" or "afterwards")
            return true;

        // Ages describe who is counted, they are not figures: "people aged 60 and above", "at the age of 18", "children ages 3 to 6",
        // "children under 14".
        if (prev is not null && prev.Lower is "aged" or "ages" or "age") return true;
        if (prev is not null && prev.Lower is "under" or "over" or "above" or "below" && first >= 2 && AgedGroups.Contains(tokens[first - 2].Lower)
            && !(next is not null && (next.IsPunct('%') || next.Lower is "percent" || CurrencyWords.ContainsKey(next.Lower) || MeasureWords.ContainsKey(next.Lower))))
            return true;
        if (prev is not null && prev.Is("of") && first >= 2 && tokens[first - 2].Is("age")) return true;

        // Compound modifiers: "a 24-hour hotline", "12-member team" (but "8,600-plus" and "5-10" are figures).
        if (next is not null && next.IsPunct('-') && !next.SpaceBefore && last + 2 < tokens.Count && tokens[last + 2].IsWord && !tokens[last + 2].SpaceBefore
            && tokens[last + 2].Lower is not ("plus" or "odd")) return true;

        // Number words used as references or idioms: "the three operators", "the five links".
        if (!digits && last == first && prev is not null && (prev.Is("the") || Lexicon.Determiners.Contains(prev.Lower) && prev.Lower is "its" or "their" or "his" or "her" or "our" or "these" or "those")) return true;

        // List markers: "(1)", "1." at the start of a sentence.
        if (plainInteger && first == 0 && next is not null && (next.IsPunct('.') || next.IsPunct(')'))) return true;
        if (plainInteger && prev is not null && prev.IsPunct('(') && next is not null && next.IsPunct(')')) return true;

        return false;
    }

    /// <summary>A number inside a short quoted stretch with no verb in it is part of a name: “12.15” case, "Card Broken Action 2.0", "two cards".</summary>
    private static bool IsNameInQuotes(IReadOnlyList<Token> tokens, int at)
    {
        int group = tokens[at].QuoteGroup;
        if (group < 0) return false;
        int words = 0;
        foreach (var t in tokens)
        {
            if (t.QuoteGroup != group) continue;
            if (t.IsWord || t.Kind == TokenKind.Number) words++;
            if (t.IsWord && Lexicon.Auxiliaries.Contains(t.Lower)) return false;
        }
        return words <= 8;
    }

    /// <summary>A part of "2021-07-15": three digit groups joined by dashes without spaces, the first of four digits.</summary>
    private static bool IsInIsoDate(IReadOnlyList<Token> tokens, int at)
    {
        for (int start = at - 4; start <= at; start += 2)
        {
            if (start < 0 || start + 4 >= tokens.Count) continue;
            bool joined = true;
            for (int k = start; k <= start + 4 && joined; k++)
                joined = (k - start) % 2 == 0 ? tokens[k].Kind == TokenKind.Number : tokens[k].IsPunct('-') && !tokens[k].SpaceBefore && !tokens[k + 1].SpaceBefore;
            if (joined && tokens[start].Text.Length == 4 && tokens[start + 2].Text.Length <= 2 && tokens[start + 4].Text.Length <= 2) return true;
        }
        return false;
    }

    private static bool IsPhoneNumber(IReadOnlyList<Token> tokens, int at)
    {
        var t = tokens[at];
        string digitsOnly = t.Text;
        bool joinedGroups = at + 2 < tokens.Count && tokens[at + 1].IsPunct('-') && !tokens[at + 1].SpaceBefore
                            && tokens[at + 2].Kind == TokenKind.Number && !tokens[at + 2].SpaceBefore && tokens[at + 2].Text.Length >= 4 && digitsOnly.Length >= 3;
        if (joinedGroups) return true;
        if (at >= 2 && tokens[at - 1].IsPunct('-') && !t.SpaceBefore && tokens[at - 2].Kind == TokenKind.Number && tokens[at - 2].Text.Length >= 3 && t.Text.Length >= 4) return true;
        bool longBare = digitsOnly.All(char.IsDigit) && (digitsOnly.Length >= 7 || digitsOnly.Length >= 3 && digitsOnly[0] == '0');
        if (longBare) return true;
        if (digitsOnly.All(char.IsDigit) && digitsOnly.Length >= 3)
            for (int k = Math.Max(0, at - 3); k < at; k++)
                if (PhoneContext.Contains(tokens[k].Lower)) return true;
        return false;
    }
}
