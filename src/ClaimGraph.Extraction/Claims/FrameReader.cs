using ClaimGraph.Extraction.Lexing;
using ClaimGraph.Extraction.Quantities;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Reads, for each figure of a sentence, the noun phrase it counts and the verb that says what was
/// done, with shallow rules instead of a parser:
/// the noun phrase follows the figure ("531 criminal suspects", "12 million yuan of funds") or, for
/// money and percentages, comes before it ("economic losses of 242.75 billion yuan", "a success
/// rate of 98.1%"); the verb comes before the figure when the figure is its object ("arrested 69,000
/// suspects", "carried out 15,000 activities"), else after the noun phrase ("... gangs have been
/// eliminated"); a figure listed after another ("intercepting 240 million calls and over 930 million
/// messages") shares its verb. Quoted words inside or right after the noun phrase are qualifiers,
/// and a qualifier carries over to later figures of the same sentence that have none.
/// </summary>
public static class FrameReader
{
    private static readonly HashSet<string> Adjectives =
    [
        "key", "new", "old", "large", "small", "big", "major", "minor", "main", "total", "more", "many", "several",
        "various", "other", "same", "short", "long", "high", "low", "huge", "vast", "early", "late", "fake",
        "illegal", "domestic", "foreign", "untrustworthy", "abnormal", "effective", "suspicious", "serious",
        "thematic", "charitable", "fraudulent", "internal", "criminal", "additional", "further", "young", "elderly",
    ];

    public static List<FigureFrame> Read(IReadOnlyList<Token> tokens, IReadOnlyList<Quantity> quantities)
    {
        var frames = new List<FigureFrame>(quantities.Count);
        var leftVerbs = new List<bool>(quantities.Count);
        for (int q = 0; q < quantities.Count; q++)
        {
            var frame = ReadOne(tokens, quantities, q, frames, leftVerbs, out bool verbFromLeft);
            frames.Add(frame);
            leftVerbs.Add(verbFromLeft);
        }
        // A qualifier named once scopes the figures listed after it in the same sentence.
        string? carried = null;
        for (int q = 0; q < frames.Count; q++)
        {
            if (frames[q].Qualifier is not null) carried = frames[q].Qualifier;
            else if (carried is not null) frames[q] = frames[q] with { Qualifier = carried, QualifierInherited = true };
        }
        return frames;
    }

    private static FigureFrame ReadOne(IReadOnlyList<Token> tokens, IReadOnlyList<Quantity> quantities, int q,
                                       List<FigureFrame> earlier, List<bool> earlierLeftVerbs, out bool verbFromLeft)
    {
        var figure = quantities[q];
        int nextFigure = q + 1 < quantities.Count ? quantities[q + 1].FirstToken : tokens.Count;

        // The noun phrase after the figure, past a parenthesis ("(RMB, the same below)") and "of" ("yuan of funds").
        int k = figure.LastToken + 1;
        if (k < tokens.Count && tokens[k].Kind == TokenKind.Punct && tokens[k].Text is "'" or "’" && !tokens[k].SpaceBefore) k++;   // "six months' suspension"
        if (k < tokens.Count && tokens[k].IsPunct('('))
        {
            while (k < tokens.Count && !tokens[k].IsPunct(')')) k++;
            k++;
        }
        bool viaOf = false;
        if (k < tokens.Count && tokens[k].Is("of") && (figure.Unit.Kind != UnitKind.Count || k + 1 < tokens.Count && tokens[k + 1].Lower is "the" or "them" or "whom" or "which"))
        {
            viaOf = true;
            k++;
            while (k < tokens.Count && Lexicon.Determiners.Contains(tokens[k].Lower)) k++;
        }
        // Money names what it sums after "in": "350 million yuan in tourism revenue" (not "in the first half", "in Beijing").
        if (!viaOf && figure.Unit.Kind == UnitKind.Money && k + 1 < tokens.Count && tokens[k].Is("in") && tokens[k + 1].IsWord
            && !tokens[k + 1].IsCapitalized && !Lexicon.EndsNounPhrase(tokens[k + 1]))
        {
            viaOf = true;
            k++;
        }
        var right = ReadNounPhrase(tokens, k, Math.Min(nextFigure, tokens.Count));
        if (!viaOf) right = WithOfModifier(tokens, right, Math.Min(nextFigure, tokens.Count));

        // Money and percentages often name what they measure first: "losses of 242.75 billion yuan", "a rate of 98.1%".
        NounPhrase? left = null;
        int beforeFigure = SkipBackOverFiller(tokens, figure.FirstToken - 1);
        if (beforeFigure >= 1 && tokens[beforeFigure].Is("of") && figure.Unit.Kind != UnitKind.Count)
            left = ReadNounPhraseBackward(tokens, beforeFigure - 1);

        var chosen = right;
        bool chosenIsLeft = false;
        if (left is { Words.Count: > 0 } && (figure.Unit.Kind == UnitKind.Percent || right.Words.Count == 0 || !viaOf && figure.Unit.Kind == UnitKind.Money))
        {
            chosen = left;
            chosenIsLeft = true;
        }

        // The verb: before the figure (object position), shared with a listed figure, or after the noun phrase.
        string? verb = null;
        verbFromLeft = false;
        int verbSearchFrom = chosenIsLeft ? chosen.Start - 1 : beforeFigure;
        verb = VerbBefore(tokens, chosenIsLeft ? SkipBackOverFiller(tokens, verbSearchFrom) : verbSearchFrom, out int verbAt);
        if (verb is not null) verbFromLeft = true;

        // A figure that only compares ("compared with 3,905", "up 13.1 percent", "45 percent more than") measures what
        // the figure before it measures.
        // So does the level a change reached: "increased by 31,000 to 530,000".
        bool levelAfterChange = chosen.Words.Count == 0 && q > 0 && beforeFigure >= 1 && tokens[beforeFigure].Is("to") && quantities[q - 1].LastToken == beforeFigure - 1;
        if (q > 0 && earlier[q - 1].NounPhrase.Length > 0 && (chosen.Words.Count == 0 || IsComparative(chosen))
            && (ComparesBefore(tokens, beforeFigure, out string? change) || ComparesAfter(tokens, figure.LastToken + 1, out change) || levelAfterChange))
        {
            verbFromLeft = earlierLeftVerbs[q - 1];
            var previous = earlier[q - 1] with { QualifierInherited = earlier[q - 1].Qualifier is not null };
            return change is null ? previous : previous with { Verb = change, VerbKey = Lemmatizer.VerbPhrase(change) };
        }

        // A level verb's subject names what the figure measures: "forest coverage ... had reached 65.04 percent";
        // so does the subject of the verb an amount without a noun hangs on.
        if (chosen.Words.Count == 0 && verb is not null && Lexicon.IsLevelVerb(tokens[verbAt].Lower))
        {
            var subject = SubjectBefore(tokens, verbAt);
            if (subject.Words.Count > 0) { chosen = subject; chosenIsLeft = true; }
        }
        else if (chosen.Words.Count == 0 && figure.Unit.Kind != UnitKind.Count && AmountVerb(tokens, verb is null ? null : verbAt, beforeFigure) is int amountVerb)
        {
            var subject = SubjectBefore(tokens, amountVerb);
            if (subject.Words.Count > 0) { chosen = subject; chosenIsLeft = true; verb ??= tokens[amountVerb].Text; verbFromLeft = true; }
        }
        // "Sales exceeded 3.7 million units": a counter noun counts what the subject names.
        if (verbFromLeft && !chosenIsLeft && chosen.Words is [var counter] && CounterNouns.Contains(counter.ToLowerInvariant()))
        {
            var subject = SubjectBefore(tokens, verbAt);
            if (subject.Words.Count > 0) { chosen = subject; chosenIsLeft = true; }
        }
        if (verb is null && q > 0 && earlierLeftVerbs[q - 1] && earlier[q - 1].Verb is not null && IsListContinuation(tokens, quantities[q - 1].LastToken + 1, figure.FirstToken))
        {
            verb = earlier[q - 1].Verb;
            verbFromLeft = true;
        }
        int rightEnd = chosenIsLeft ? figure.LastToken + 1 : right.End;
        if (verb is null && !chosenIsLeft) verb = VerbAfter(tokens, rightEnd);

        // Qualifiers: quoted words before the head, or in a modifier right after the phrase ("involved in the “two cards”").
        string? qualifier = chosen.Qualifier ?? QualifierAfter(tokens, rightEnd, nextFigure);

        var words = chosen.Words;
        string head = words.Count > 0 ? Lemmatizer.Noun(words[^1]) : "";
        string? compound = words.Count > 1 && !IsAdjective(words[^2]) ? Lemmatizer.Noun(words[^2]) + " " + head : null;
        return new FigureFrame(string.Join(' ', chosen.Written), head, compound, verb, verb is null ? null : Lemmatizer.VerbPhrase(verb), qualifier);
    }

    // ------------------------------------------------------------------ noun phrases

    private sealed record NounPhrase(List<string> Words, List<string> Written, string? Qualifier, int Start, int End);

    private static NounPhrase ReadNounPhrase(IReadOnlyList<Token> tokens, int k, int limit)
    {
        var words = new List<string>();
        var written = new List<string>();
        var quoted = new List<string>();
        int start = k;
        bool plainAfterQuote = false;
        while (k < limit && words.Count < 7)
        {
            var t = tokens[k];
            if (t.IsWord && Lexicon.TimeWords.Contains(t.Lower) || IsYearOnYear(tokens, k)) break;
            if (t.Kind == TokenKind.Quote) { written.Add(t.Text); k++; continue; }
            if (t.QuoteGroup >= 0 && (t.IsWord || t.Kind == TokenKind.Number))
            {
                words.Add(t.Text); written.Add(t.Text); quoted.Add(t.Text); k++; continue;
            }
            if (t.IsPunct('-') && !t.SpaceBefore && k + 1 < limit && tokens[k + 1].IsWord) { k++; continue; }
            if (IsParticipleBeforeHead(tokens, k, limit, words)) { words.Add(t.Text); written.Add(t.Text); k++; continue; }
            if (!t.IsWord || Lexicon.EndsNounPhrase(t))
            {
                // "Internet of Things cards": "of" inside a capitalised name.
                if (t.Is("of") && words.Count > 0 && char.IsUpper(words[^1][0]) && k + 1 < limit && tokens[k + 1].IsCapitalized) { words.Add("of"); written.Add("of"); k++; continue; }
                break;
            }
            if (quoted.Count > 0) plainAfterQuote = true;
            words.Add(t.Text); written.Add(t.Text);
            k++;
        }
        // Quoted words before plain nouns qualify them (“two-card” criminal gangs); a wholly quoted phrase is the noun itself.
        string? qualifier = plainAfterQuote ? NormaliseQualifier(quoted) : null;
        if (qualifier is not null) words.RemoveAll(w => quoted.Contains(w));
        while (written.Count > 0 && written[^1] is "\"" or "“" or "”") written.RemoveAt(written.Count - 1);
        return new NounPhrase(words, written, qualifier, start, k);
    }

    /// <summary>Nouns that count occurrences of what follows "of": "cases of drunk driving" are "drunk driving cases".</summary>
    private static readonly HashSet<string> InstanceNouns = ["case", "cases", "incident", "incidents", "instance", "instances", "act", "acts"];

    /// <summary>"52,000 cases of drunk driving" counts the same thing as "52,000 drunk driving cases": the words after "of" go before the head.</summary>
    private static NounPhrase WithOfModifier(IReadOnlyList<Token> tokens, NounPhrase phrase, int limit)
    {
        int of = phrase.End;
        if (phrase.Words.Count != 1 || !InstanceNouns.Contains(phrase.Words[0].ToLowerInvariant()) || of + 1 >= limit || !tokens[of].Is("of")
            || Lexicon.Determiners.Contains(tokens[of + 1].Lower) || tokens[of + 1].QuoteGroup >= 0 || tokens[of + 1].Kind == TokenKind.Quote)
            return phrase;
        var modifier = ReadNounPhrase(tokens, of + 1, limit);
        var gerund = modifier.End < limit ? tokens[modifier.End] : null;
        if (gerund is not null && IsParticiple(gerund) && gerund.Lower.EndsWith("ing", StringComparison.Ordinal))   // "of drunk driving": the gerund is the head
            modifier = modifier with { Words = [.. modifier.Words, gerund.Text], Written = [.. modifier.Written, gerund.Text], End = modifier.End + 1 };
        if (modifier.Words.Count == 0 || modifier.Qualifier is not null || modifier.Written.Count != modifier.Words.Count) return phrase;
        return phrase with { Words = [.. modifier.Words, .. phrase.Words], Written = [.. phrase.Written, "of", .. modifier.Written], End = modifier.End };
    }

    /// <summary>
    /// A participle before the head modifies it ("three smuggling gangs", "300 illegal logging cases", "drunk driving
    /// cases", "smuggled frozen meat"); after the (plural) head it starts a clause ("cases involving fraud", "suspects arrested").
    /// </summary>
    private static bool IsParticipleBeforeHead(IReadOnlyList<Token> tokens, int k, int limit, List<string> wordsSoFar)
    {
        if (!IsParticiple(tokens[k]) || tokens[k].QuoteGroup >= 0 || wordsSoFar.Any(IsPluralNoun)) return false;
        int next = k + 1;
        while (next < limit && IsParticiple(tokens[next])) next++;
        return next < limit && tokens[next].IsWord && !Lexicon.EndsNounPhrase(tokens[next]) && !Lexicon.TimeWords.Contains(tokens[next].Lower);
    }

    /// <summary>"year on year" after a figure says what it is compared with, not what it counts.</summary>
    private static bool IsYearOnYear(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Is("year") && k + 2 < tokens.Count && tokens[k + 1].Is("on") && tokens[k + 2].Is("year");

    /// <summary>A plural noun is a head: "cases involving fraud". "drunk" or "illegal" before "driving" is not.</summary>
    private static bool IsPluralNoun(string word) => !IsAdjective(word) && Lemmatizer.Noun(word) != word.ToLowerInvariant();

    private static bool IsParticiple(Token t) => t.IsWord && Lexicon.IsVerbLike(t) && !Lexicon.BaseVerbs.Contains(t.Lower) && !Lexicon.Auxiliaries.Contains(t.Lower);

    /// <summary>
    /// The subject of the verb at <paramref name="verbAt"/>, read backwards past auxiliaries and one prepositional
    /// phrase: "forest coverage in the province had reached" gives "forest coverage"; "the number of forest rangers
    /// grew" gives "forest rangers".
    /// </summary>
    private static NounPhrase SubjectBefore(IReadOnlyList<Token> tokens, int verbAt)
    {
        int j = verbAt - 1;
        while (j >= 0 && tokens[j].IsWord && (Lexicon.Auxiliaries.Contains(tokens[j].Lower) || Lexicon.IsAdverb(tokens[j].Lower) || tokens[j].Is("to"))) j--;
        var nearest = ReadNounPhraseBackward(tokens, j);
        if (nearest.Words.Count == 0) return nearest;
        int preposition = SkipBackOverDeterminers(tokens, nearest.Start - 1);
        if (preposition < 1 || !tokens[preposition].IsWord || !Lexicon.Prepositions.Contains(tokens[preposition].Lower)) return nearest;
        var outer = ReadNounPhraseBackward(tokens, SkipBackOverDeterminers(tokens, preposition - 1));
        if (outer.Words.Count == 0) return nearest;
        // "the number of rangers" counts rangers; "coverage in the province" is about coverage; "sales of new energy
        // vehicles" are vehicle sales (the words after "of" go before the head, as in "cases of drunk driving").
        if (!tokens[preposition].Is("of")) return outer;
        if (AmountNouns.Contains(outer.Words[^1].ToLowerInvariant())) return nearest;
        return outer with { Words = [.. nearest.Words, .. outer.Words], Written = [.. outer.Written, "of", .. nearest.Written] };
    }

    /// <summary>Nouns that count items of something named elsewhere: "3.7 million units", "500 pieces".</summary>
    private static readonly HashSet<string> CounterNouns = ["units", "unit", "pieces", "piece", "items", "item", "sets", "copies", "times"];

    /// <summary>Nouns that stand for a count or sum of what follows "of": "the number of rangers" counts rangers.</summary>
    private static readonly HashSet<string> AmountNouns = ["number", "numbers", "total", "amount", "count", "sum", "quantity", "volume", "tally", "figure"];

    /// <summary>
    /// True when the words that end at <paramref name="j"/>, before a figure, make it a comparison with the figure
    /// before it; <paramref name="change"/> is the verb they stand for, or null for the earlier figure's own:
    /// "compared with 3,905" (null), "up 13.1 percent" (increased).
    /// </summary>
    private static bool ComparesBefore(IReadOnlyList<Token> tokens, int j, out string? change)
    {
        change = null;
        if (j < 0) return false;
        var word = tokens[j].Lower;
        if (word is "versus" or "vs" or "against") return true;
        if (word is "with" or "to" && j >= 1 && tokens[j - 1].Lower is "compared" or "comparison") return true;
        if (word is "from" && j >= 1 && tokens[j - 1].Lower is "up" or "down" or "rising" or "falling") return true;
        if (word is "up" or "rising" or "increasing" || word is "of" && j >= 2 && tokens[j - 2].Lower is "a" or "an" && tokens[j - 1].Lower is "increase" or "rise" or "growth" or "jump")
            change = "increased";
        else if (word is "down" or "falling" or "decreasing" or "dropping" || word is "of" && j >= 2 && tokens[j - 2].Lower is "a" or "an" && tokens[j - 1].Lower is "decrease" or "drop" or "fall" or "decline")
            change = "decreased";
        return change is not null;
    }

    /// <summary>"45 percent more than ...": the words at <paramref name="k"/>, right after a figure, compare it with the figure before it.</summary>
    private static bool ComparesAfter(IReadOnlyList<Token> tokens, int k, out string? change)
    {
        change = null;
        if (k + 1 >= tokens.Count || !tokens[k + 1].Is("than")) return false;
        if (tokens[k].Lower is "more" or "higher" or "greater" or "larger") change = "increased";
        else if (tokens[k].Lower is "less" or "fewer" or "lower" or "smaller") change = "decreased";
        return change is not null;
    }

    /// <summary>"more" or "higher" read as a noun phrase: the figure is compared, it counts nothing of its own.</summary>
    private static bool IsComparative(NounPhrase phrase) =>
        phrase.Words is [var only] && only.ToLowerInvariant() is "more" or "higher" or "greater" or "larger" or "less" or "fewer" or "lower" or "smaller";

    /// <summary>
    /// The verb whose subject an amount without a noun measures: the figure's own verb ("full-year trade to exceed 38
    /// trillion yuan"), else the clause's verb before "to", "at" or "by" ("retail sales rose 8.5 percent year on year to
    /// 23.6 trillion yuan", "losses are estimated at 1.22 billion yuan").
    /// </summary>
    private static int? AmountVerb(IReadOnlyList<Token> tokens, int? figureVerb, int beforeFigure) =>
        figureVerb ?? (beforeFigure >= 1 && tokens[beforeFigure].Lower is "to" or "at" or "by" ? ClauseVerbBefore(tokens, beforeFigure - 1) : null);

    /// <summary>The clause's main verb before a figure, within a few words and not past a comma, colon or reporting verb.</summary>
    private static int? ClauseVerbBefore(IReadOnlyList<Token> tokens, int j)
    {
        for (int i = j; i >= 0 && j - i < 12; i--)
        {
            var t = tokens[i];
            // "estimated at": a reporting verb right before the figure's preposition puts the figure, it does not report a clause.
            bool putsTheFigure = i == j && i >= 1 && Lexicon.Auxiliaries.Contains(tokens[i - 1].Lower);
            if (t.IsPunct(',') || t.IsPunct(';') || t.IsPunct(':') || t.IsWord && Lexicon.ReportingVerbs.Contains(t.Lower) && !putsTheFigure) return null;
            if (!t.IsWord || Lexicon.Auxiliaries.Contains(t.Lower)) continue;
            // A participle after an auxiliary is a verb even where it is usually an adjective: "losses are estimated at".
            if (Lexicon.IsVerbLike(t) || i >= 1 && Lexicon.Auxiliaries.Contains(tokens[i - 1].Lower) && t.Lower.EndsWith("ed", StringComparison.Ordinal)) return i;
        }
        return null;
    }

    private static int SkipBackOverDeterminers(IReadOnlyList<Token> tokens, int j)
    {
        while (j >= 0 && Lexicon.Determiners.Contains(tokens[j].Lower)) j--;
        return j;
    }

    /// <summary>Verbs that end a subject read backwards: "officials expect full-year trade to exceed" gives "full-year trade".</summary>
    private static readonly HashSet<string> SpeakerVerbs = ["expect", "expects", "predict", "predicts", "say", "says", "said", "told", "believe", "believes"];

    private static NounPhrase ReadNounPhraseBackward(IReadOnlyList<Token> tokens, int k)
    {
        var words = new List<string>();
        int end = k + 1;
        while (k >= 0 && words.Count < 5)
        {
            var t = tokens[k];
            if (!t.IsWord || Lexicon.EndsNounPhrase(t) || SpeakerVerbs.Contains(t.Lower)) break;
            words.Insert(0, t.Text);
            k--;
        }
        return new NounPhrase(words, [.. words], null, k + 1, end);
    }

    private static bool IsAdjective(string word)
    {
        var w = word.ToLowerInvariant();
        return Adjectives.Contains(w) || w.EndsWith("al", StringComparison.Ordinal) || w.EndsWith("ous", StringComparison.Ordinal)
               || w.EndsWith("ive", StringComparison.Ordinal) || w.EndsWith("ful", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal)
               || w.EndsWith("able", StringComparison.Ordinal) || w.EndsWith("ible", StringComparison.Ordinal) || w.EndsWith("less", StringComparison.Ordinal)
               || w.EndsWith("ary", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal);
    }

    public static string NormaliseQualifier(IEnumerable<string> words) =>
        Lemmatizer.NounPhrase(string.Join(' ', words).Replace('-', ' ').ToLowerInvariant());

    // ------------------------------------------------------------------ verbs

    /// <summary>Steps back over "a total of", determiners and adverbs.</summary>
    private static int SkipBackOverFiller(IReadOnlyList<Token> tokens, int j)
    {
        while (j >= 0)
        {
            if (j >= 2 && tokens[j].Is("of") && tokens[j - 1].Lower is "total" or "sum" && tokens[j - 2].Lower is "a" or "the") { j -= 3; continue; }
            if (tokens[j].Lower is "the" or "a" or "an" || Lexicon.IsAdverb(tokens[j].Lower)) { j--; continue; }
            break;
        }
        return j;
    }

    /// <summary>The verb whose object the figure is: "arrested 69,000", "carried out 15", "inspections on 130", "fell for three months".</summary>
    /// <remarks>A figure after a reporting verb ("said about 1,200 volunteers joined") starts the reported clause and has no verb here.</remarks>
    private static string? VerbBefore(IReadOnlyList<Token> tokens, int j, out int verbAt)
    {
        verbAt = j - 1;
        if (j < 0) return null;
        var t = tokens[j];
        if (Lexicon.ReportingVerbs.Contains(t.Lower)) return null;
        if (Lexicon.Particles.Contains(t.Lower) && j >= 1 && Lexicon.IsVerbLike(tokens[j - 1])) return tokens[j - 1].Text + " " + t.Text;
        verbAt = j;
        bool afterDeterminer = j >= 1 && tokens[j - 1].Lower is "a" or "an" or "the";   // "a record 30,000 runners": a noun or adjective
        if (Lexicon.IsVerbBeforeFigure(t) && !Lexicon.Auxiliaries.Contains(t.Lower) && !afterDeterminer) return t.Text;
        verbAt = j - 1;
        if (t.Lower is "of" or "on" or "for" or "against" && j >= 1 && tokens[j - 1].IsWord)
        {
            var n = tokens[j - 1].Lower;
            if (n.EndsWith("ion", StringComparison.Ordinal) || n.EndsWith("ions", StringComparison.Ordinal) || n.EndsWith("ment", StringComparison.Ordinal) || n.EndsWith("ments", StringComparison.Ordinal)
                || n.EndsWith("up", StringComparison.Ordinal) || n.EndsWith("ure", StringComparison.Ordinal) || n.EndsWith("ures", StringComparison.Ordinal))
                return NominalToVerb(n);
            if (t.Lower is "for" or "by" && Lexicon.IsVerbLike(tokens[j - 1])) return tokens[j - 1].Text;
        }
        if (t.Lower is "by" or "to" or "for" or "at" && j >= 1 && Lexicon.IsVerbBeforeFigure(tokens[j - 1]) && !Lexicon.Auxiliaries.Contains(tokens[j - 1].Lower)
            && (t.Lower != "at" || Lexicon.IsLevelVerb(tokens[j - 1].Lower)))   // "stood at 3.9%", not "arrested at 17:00"
            return tokens[j - 1].Text;
        return null;
    }

    /// <summary>"inspections" -> "inspect", "cleanup" -> "clean up", "punishment" -> "punish", "seizures" -> "seize".</summary>
    private static string NominalToVerb(string noun)
    {
        var n = noun.EndsWith('s') ? noun[..^1] : noun;
        if (n.EndsWith("ation", StringComparison.Ordinal)) return n[..^5] + "ate";
        if (n.EndsWith("ion", StringComparison.Ordinal)) return n[..^3];
        if (n.EndsWith("ment", StringComparison.Ordinal)) return n[..^4];
        if (n.EndsWith("ure", StringComparison.Ordinal)) return n[..^3] + "e";
        if (n.EndsWith("up", StringComparison.Ordinal) && n.Length > 2) return n[..^2] + " up";
        return n;
    }

    /// <summary>The finite verb after the noun phrase: an auxiliary group ("have been eliminated") within the clause, else a bare verb right after it ("yuan involved").</summary>
    private static string? VerbAfter(IReadOnlyList<Token> tokens, int k)
    {
        int limit = Math.Min(tokens.Count, k + 24);
        for (int i = k; i < limit; i++)
        {
            var t = tokens[i];
            if (t.IsPunct(';') || t.IsPunct(':') || t.IsWord && Lexicon.ReportingVerbs.Contains(t.Lower)) break;   // "1,500 people said prices had risen": "risen" is theirs to report
            if (t.IsPunct(',') && i + 1 < tokens.Count && (tokens[i + 1].Kind == TokenKind.Number || QuantityStartWord(tokens[i + 1]))) break;
            if (!t.IsWord || !Lexicon.Auxiliaries.Contains(t.Lower)) continue;
            int v = i + 1;
            while (v < limit && (Lexicon.Auxiliaries.Contains(tokens[v].Lower) || Lexicon.IsAdverb(tokens[v].Lower))) v++;
            if (v < limit && Lexicon.IsVerbLike(tokens[v]))
            {
                var text = tokens[v].Text;
                if (v + 1 < tokens.Count && Lexicon.Particles.Contains(tokens[v + 1].Lower)) text += " " + tokens[v + 1].Text;
                return text;
            }
        }
        if (k < tokens.Count && Lexicon.IsVerbLike(tokens[k])) return tokens[k].Text;
        if (k + 1 < tokens.Count && Lexicon.IsAdverb(tokens[k].Lower) && Lexicon.IsVerbLike(tokens[k + 1])) return tokens[k + 1].Text;
        return null;
    }

    private static bool QuantityStartWord(Token t) => t.Lower is "more" or "over" or "nearly" or "about" or "almost" or "some" or "around" or "approximately" or "at" or "up";

    /// <summary>True when only a noun phrase, commas and "and" separate two figures: they are items of one list.</summary>
    private static bool IsListContinuation(IReadOnlyList<Token> tokens, int from, int to)
    {
        bool sawSeparator = false;
        for (int i = from; i < to; i++)
        {
            var t = tokens[i];
            if (t.IsPunct(',') || t.Is("and") || t.Is("or")) { sawSeparator = true; continue; }
            if (t.Kind == TokenKind.Quote) continue;
            if (t.IsWord && !Lexicon.EndsNounPhrase(t)) continue;
            if (t.IsWord && t.QuoteGroup >= 0) continue;
            return false;
        }
        return sawSeparator;
    }

    /// <summary>A quoted name in a modifier after the noun phrase: "gangs involved in the “two cards”", "suspects of “two-card” crimes".</summary>
    private static string? QualifierAfter(IReadOnlyList<Token> tokens, int k, int limit)
    {
        if (k >= limit) return null;
        var first = tokens[k];
        if (!(first.Lower is "of" or "in" or "involved" or "involving" or "related" or "linked" or "for" or "from")) return null;
        int end = Math.Min(limit, k + 8);
        var quoted = new List<string>();
        for (int i = k; i < end; i++)
        {
            var t = tokens[i];
            if (t.IsPunct(',') || t.IsWord && Lexicon.Auxiliaries.Contains(t.Lower)) break;
            if (t.QuoteGroup >= 0 && (t.IsWord || t.Kind == TokenKind.Number)) quoted.Add(t.Text);
            else if (quoted.Count > 0) break;
        }
        return quoted.Count > 0 ? NormaliseQualifier(quoted) : null;
    }
}
