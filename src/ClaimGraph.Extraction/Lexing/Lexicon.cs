namespace ClaimGraph.Extraction.Lexing;

/// <summary>
/// The small closed word classes of English that the claim stages lean on, in place of a tagger:
/// auxiliaries, prepositions, determiners, adverbs, number words, scale words, months.
/// </summary>
public static class Lexicon
{
    public static readonly HashSet<string> Auxiliaries =
    [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "shall",
        "should", "can", "could", "may", "might", "must", "do", "does", "did", "get", "got", "gets",
    ];

    public static readonly HashSet<string> Prepositions =
    [
        "of", "in", "on", "at", "for", "from", "to", "with", "by", "across", "into", "through", "during", "over",
        "under", "about", "against", "among", "between", "within", "without", "via", "per", "including",
        "after", "before", "since", "until", "around", "near", "toward", "towards", "upon", "throughout", "as",
        "than", "like", "along", "beyond", "despite", "onto", "amid", "nationwide",
    ];

    public static readonly HashSet<string> Determiners =
    [
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
        "any", "each", "every", "all", "such", "another", "other", "both", "no",
    ];

    public static readonly HashSet<string> Conjunctions =
    [
        "and", "or", "but", "nor", "while", "whereas", "which", "who", "whom", "whose", "where", "when", "that",
        "if", "because", "so", "then", "yet", "respectively",
    ];

    public static readonly HashSet<string> Adverbs =
    [
        "also", "still", "already", "even", "only", "just", "not", "never", "further", "again", "together",
        "successively", "respectively", "simultaneously", "publicly", "effectively", "totally", "directly",
    ];

    public static readonly HashSet<string> Pronouns = ["it", "they", "he", "she", "we", "you", "i", "there", "them", "us", "which", "who"];

    /// <summary>Particles that make phrasal verbs ("carried out", "clean up", "break up").</summary>
    public static readonly HashSet<string> Particles = ["out", "up", "down", "off", "away", "back"];

    /// <summary>Words ending in -ed/-ing that are nouns or adjectives, not verbs.</summary>
    public static readonly HashSet<string> NotVerbs =
    [
        "hundred", "need", "seed", "speed", "feed", "bed", "red", "shed", "breed", "united", "limited",
        "meeting", "building", "funding", "training", "warning", "ring", "thing", "spring", "morning", "evening",
        "king", "wedding", "ceiling", "offering", "hearing", "finding", "setting", "clothing", "housing",
        "marketing", "spending", "earnings", "savings", "opening", "landing", "crossing", "banking", "billing",
        "during", "including", "nothing", "something", "anything", "everything", "being", "bring", "string",
        "advanced", "organized", "centralized", "related", "relevant", "interested", "skilled", "detailed",
        "suspected", "unprecedented", "concerned", "so-called", "learned", "trafficking", "money-laundering",
        "laundering", "wing", "swing", "sibling", "pudding", "ping", "deed", "reed", "weed", "heed", "shred", "sled",
    ];

    /// <summary>Verbs that report speech: a figure after "said" starts the reported clause, it is not the verb's object.</summary>
    public static readonly HashSet<string> ReportingVerbs =
    [
        "say", "says", "said", "state", "states", "stated", "note", "notes", "noted", "add", "adds", "added", "tell", "told",
        "explain", "explained", "stress", "stressed", "emphasize", "emphasized", "announce", "announced",
        "believe", "believed", "estimate", "estimated", "show", "shows", "showed", "indicate", "indicated",
    ];

    /// <summary>Verbs that give a level rather than act on things: "coverage reached 65%", "the number of rangers grew to 18,000".
    /// Their subject, not their object, names what the figure measures.</summary>
    public static readonly HashSet<string> LevelVerbs =
    [
        "reach", "rise", "grow", "increase", "climb", "jump", "surge", "fall", "drop", "decline", "decrease", "stand",
        "hit", "total", "exceed", "top", "amount", "come", "remain",
    ];

    /// <summary>A form of a level verb, present tense included ("falls", "rises", "reached"); <see cref="IsVerbLike"/> leaves out
    /// "-s" forms because after a figure they are mostly plural nouns ("500 tests").</summary>
    public static bool IsLevelVerb(string lower)
    {
        if (LevelVerbs.Contains(lower)) return true;
        if (IrregularVerbs.TryGetValue(lower, out var irregularBase)) return LevelVerbs.Contains(irregularBase);
        foreach (var suffix in (ReadOnlySpan<string>)["s", "es", "ed", "d", "ing"])
            if (lower.Length > suffix.Length + 2 && lower.EndsWith(suffix, StringComparison.Ordinal) && LevelVerbs.Contains(lower[..^suffix.Length]))
                return true;
        return lower.EndsWith("ied", StringComparison.Ordinal) && LevelVerbs.Contains(lower[..^3] + "y");
    }

    /// <summary>Words that name a time, ending a noun phrase: "16 prefectures last weekend".</summary>
    public static readonly HashSet<string> TimeWords = ["last", "yesterday", "today", "tonight", "ago", "earlier", "later", "previously"];

    /// <summary>Irregular past forms and participles, to their base form.</summary>
    public static readonly Dictionary<string, string> IrregularVerbs = new()
    {
        ["caught"] = "catch", ["held"] = "hold", ["sent"] = "send", ["made"] = "make", ["took"] = "take",
        ["taken"] = "take", ["broke"] = "break", ["broken"] = "break", ["found"] = "find", ["struck"] = "strike",
        ["won"] = "win", ["lost"] = "lose", ["paid"] = "pay", ["sold"] = "sell", ["bought"] = "buy",
        ["built"] = "build", ["kept"] = "keep", ["stolen"] = "steal", ["stole"] = "steal", ["spent"] = "spend",
        ["left"] = "leave", ["given"] = "give", ["gave"] = "give", ["seen"] = "see", ["saw"] = "see",
        ["done"] = "do", ["brought"] = "bring", ["led"] = "lead", ["fell"] = "fall", ["fallen"] = "fall",
        ["rose"] = "rise", ["risen"] = "rise", ["grew"] = "grow", ["grown"] = "grow", ["shot"] = "shoot",
        ["hit"] = "hit", ["cut"] = "cut", ["put"] = "put", ["set"] = "set", ["shut"] = "shut", ["got"] = "get",
        ["began"] = "begin", ["begun"] = "begin", ["became"] = "become", ["drew"] = "draw", ["drawn"] = "draw",
        ["wrote"] = "write", ["written"] = "write", ["ran"] = "run", ["told"] = "tell", ["said"] = "say",
        ["met"] = "meet", ["fought"] = "fight", ["sought"] = "seek", ["taught"] = "teach", ["thought"] = "think",
        ["froze"] = "freeze", ["frozen"] = "freeze", ["swept"] = "sweep", ["beaten"] = "beat", ["dealt"] = "deal",
        ["hidden"] = "hide", ["laid"] = "lay", ["overtaken"] = "overtake", ["undertaken"] = "undertake",
        ["withdrawn"] = "withdraw", ["shown"] = "show", ["known"] = "know", ["heard"] = "hear", ["stood"] = "stand",
    };

    /// <summary>Base verbs that carry figures often enough to be recognised without an ending.</summary>
    public static readonly HashSet<string> BaseVerbs =
    [
        "arrest", "destroy", "seize", "investigate", "punish", "block", "intercept", "recover", "prevent",
        "avoid", "save", "kill", "die", "infect", "report", "record", "hold", "send", "release", "issue",
        "reach", "exceed", "hit", "top", "rise", "fall", "grow", "drop", "cut", "add", "create",
        "employ", "hire", "sell", "buy", "pay", "spend", "raise", "lose", "earn", "deploy", "stop", "freeze",
        "dissuade", "detain", "catch", "crack", "solve", "eliminate", "smash", "bust", "dismantle", "clean",
        "close", "shut", "cancel", "push", "serve", "treat", "vaccinate", "test", "confirm", "visit", "involve",
    ];

    public static readonly Dictionary<string, int> NumberWords = new()
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12,
    };

    public static readonly Dictionary<string, decimal> ScaleWords = new()
    {
        ["hundred"] = 100m, ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m, ["mln"] = 1_000_000m, ["bln"] = 1_000_000_000m, ["bn"] = 1_000_000_000m,
        ["k"] = 1_000m, ["m"] = 1_000_000m,
    };

    public static readonly Dictionary<string, int> Months = new()
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9,
        ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    };

    public static bool IsAdverb(string lower) => Adverbs.Contains(lower) || (lower.Length > 4 && lower.EndsWith("ly", StringComparison.Ordinal) && lower is not ("only" or "family" or "supply" or "italy" or "july" or "assembly" or "reply" or "ally" or "rally" or "early" or "elderly" or "friendly" or "weekly" or "monthly" or "daily" or "yearly" or "quarterly" or "likely" or "lovely" or "costly" or "orderly"));

    /// <summary>A word that can be a verb form carrying a figure: a participle, a past tense, a gerund or a known base verb.</summary>
    public static bool IsVerbLike(Token t)
    {
        if (!t.IsWord || NotVerbs.Contains(t.Lower)) return false;
        if (t.IsCapitalized && t.Start > 0) return false;   // a name, not a verb
        var w = t.Lower;
        return IrregularVerbs.ContainsKey(w) || BaseVerbs.Contains(w)
            || (w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal)) || (w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal));
    }

    /// <summary>A verb form before a figure: <see cref="IsVerbLike"/>, or a present-tense level verb ("falls to 3.9%").</summary>
    public static bool IsVerbBeforeFigure(Token t) =>
        IsVerbLike(t) || t.IsWord && !(t.IsCapitalized && t.Start > 0) && !Auxiliaries.Contains(t.Lower) && IsLevelVerb(t.Lower);

    /// <summary>Words that end a noun phrase: everything that is not a noun or an adjective.</summary>
    public static bool EndsNounPhrase(Token t) =>
        !t.IsWord || Auxiliaries.Contains(t.Lower) || Prepositions.Contains(t.Lower) || Determiners.Contains(t.Lower)
        || Conjunctions.Contains(t.Lower) || Pronouns.Contains(t.Lower) || IsAdverb(t.Lower) || IsVerbLike(t)
        || NumberWords.ContainsKey(t.Lower) || ScaleWords.ContainsKey(t.Lower);
}
