namespace ClaimGraph.Extraction.Lexing;

/// <summary>
/// Crude English normalisation, applied the same way to text and to the metric catalog so that
/// "gangs"/"gang" and "eliminated"/"eliminate" meet: nouns to the singular, verbs to a stem.
/// </summary>
public static class Lemmatizer
{
    private static readonly Dictionary<string, string> IrregularNouns = new()
    {
        ["people"] = "person", ["persons"] = "person", ["men"] = "man", ["women"] = "woman", ["children"] = "child",
        ["personnel"] = "personnel", ["police"] = "police", ["media"] = "media", ["data"] = "data", ["series"] = "series",
        ["news"] = "news", ["feet"] = "foot", ["teeth"] = "tooth", ["mice"] = "mouse", ["staff"] = "staff",
    };

    /// <summary>The singular of a lower-case noun.</summary>
    public static string Noun(string word)
    {
        var w = word.ToLowerInvariant().TrimEnd('\'', '’');
        if (IrregularNouns.TryGetValue(w, out var irregular)) return irregular;
        if (w.Length <= 3) return w;
        if (w.EndsWith("ies", StringComparison.Ordinal)) return w[..^3] + "y";
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)) return w[..^1];
        return w;
    }

    /// <summary>Each word of a phrase to the singular (only the last is usually plural, but it costs nothing).</summary>
    public static string NounPhrase(string phrase) => string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Noun));

    /// <summary>A verb stem that base forms and inflections share: "eliminate"/"eliminated" -> "eliminat".</summary>
    public static string VerbStem(string word)
    {
        var w = word.ToLowerInvariant();
        if (Lexicon.IrregularVerbs.TryGetValue(w, out var b)) w = b;
        if (w.Length > 4 && w.EndsWith("ied", StringComparison.Ordinal)) w = w[..^3] + "i";
        else if (w.Length > 3 && w.EndsWith('y') && !"aeiou".Contains(w[^2])) w = w[..^1] + "i";
        else if (w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal)) w = w[..^3];
        else if (w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal)) w = w[..^2];
        else if (w.Length > 3 && w.EndsWith("es", StringComparison.Ordinal) && !w.EndsWith("ses", StringComparison.Ordinal)) w = w[..^2];
        else if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) w = w[..^1];
        if (w.Length > 3 && w.EndsWith('e')) w = w[..^1];
        if (w.Length > 3 && w[^1] == w[^2] && !"aeiousl".Contains(w[^1])) w = w[..^1];
        return w;
    }

    /// <summary>Stems every word of a phrasal verb ("carried out" -> "carri out").</summary>
    public static string VerbPhrase(string phrase) => string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(VerbStem));
}
