using System.Globalization;
using System.Text;

namespace ClaimGraph.Bench.Generation;

/// <summary>
/// One cumulative series: a metric of one campaign in one region, growing at a steady daily rate
/// from the campaign's launch. Articles report points of it; a few points fall on purpose (conflicts).
/// </summary>
public sealed record Series(string Key, string Label, Campaign Campaign, string Region, MetricTemplate Metric, DateOnly Launch, double DailyRate)
{
    public decimal ValueAt(DateOnly date) => (decimal)Math.Max(1, Math.Round(DailyRate * Math.Max(1, date.DayNumber - Launch.DayNumber)));
}

/// <summary>
/// Generates a synthetic corpus in the style of the seed articles, deterministically from a seed:
/// datelines without the year, headlines, filler paragraphs, non-claim numbers (clock times, case
/// names, hotlines), and sentences reporting cumulative figures that rise over time across articles,
/// period totals, one-day operation results and rates, in varied wording and bounds. About 2% of the
/// cumulative figures are deliberate conflicts (a later figure below an earlier one).
/// Article <c>n</c> depends only on the seed and <c>n</c>, so any slice can be generated alone.
/// </summary>
public sealed class CorpusGenerator
{
    public const double ConflictRate = 0.02;
    private static readonly DateOnly CorpusEnd = new(2023, 12, 31);
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private readonly ulong _seed;
    private readonly IReadOnlyList<Series> _series;
    private readonly IReadOnlyList<(Campaign Campaign, string Region, DateOnly Launch, Series[] Series)> _fronts;

    /// <param name="articleCount">The corpus size; it decides how many campaigns are active, so that series have several points.</param>
    public CorpusGenerator(int articleCount, ulong seed = 42)
    {
        _seed = seed;
        var rng = SplitMix64.For(seed, 0);
        var campaigns = new List<Campaign>();
        for (int area = 0; area < Catalogue.Areas.Length; area++)
            foreach (var name in Catalogue.CampaignNames[area])
                campaigns.Add(new Campaign(Slug(name), name, rng.Pick(Catalogue.Agencies), Catalogue.Areas[area]));

        // Every campaign in every region is a "front"; small corpora use fewer fronts.
        var allFronts = new List<(Campaign, string)>();
        foreach (var c in campaigns) foreach (var r in Catalogue.Regions) allFronts.Add((c, r));
        Shuffle(allFronts, rng);
        int active = Math.Clamp(articleCount / 50, 4, allFronts.Count);

        var fronts = new List<(Campaign, string, DateOnly, Series[])>();
        var series = new List<Series>();
        foreach (var (campaign, region) in allFronts.Take(active))
        {
            var launch = new DateOnly(2019, 6, 1).AddDays(rng.Next(0, 580));
            double regionFactor = region is "across the country" or "nationwide" ? 1.0 : 0.05 + rng.NextDouble() * 0.15;
            var members = campaign.Metrics.Select(m => new Series(
                $"{campaign.Key}-{Slug(region)}-{m.Key}",
                $"{m.Noun.Replace("\"", "")} {m.Verbs[0]} in the {campaign.Name.Replace("\"", "")} {region}",
                campaign, region, m, launch, m.DailyRate * regionFactor * (0.5 + rng.NextDouble() * 1.5))).ToArray();
            series.AddRange(members);
            fronts.Add((campaign, region, launch, members));
        }
        _series = series;
        _fronts = fronts;
    }

    /// <summary>Every series the corpus draws from (its metrics).</summary>
    public IReadOnlyList<Series> Series => _series;

    /// <summary>Every metric a claim can name: each series, its annual totals and one-operation results, and each campaign's rates.</summary>
    public IEnumerable<(string Key, string Label, string[] Synonyms)> Metrics()
    {
        foreach (var s in _series)
        {
            // synonyms as ontology/metrics.ttl writes them: "gangs smashed" for "gangs destroyed"
            string[] synonyms = s.Metric.Verbs.Skip(1).Select(verb => s.Metric.Noun + " " + verb).ToArray();
            yield return (s.Key, s.Label, synonyms);
            yield return (s.Key + "-annual", s.Label + " (annual total)", synonyms);
            yield return (s.Key + "-operation", s.Label + " (one operation)", synonyms);
        }
        foreach (var c in _fronts.Select(f => f.Campaign).Distinct())
        {
            string name = c.Name.Replace("\"", "");
            yield return (c.Key + "-success-rate", $"success rate of the {name}", []);
            yield return (c.Key + "-commission-rate", $"commission rate offered in the {name}", []);
        }
    }

    /// <summary>Articles 0..count-1, lazily.</summary>
    public IEnumerable<GeneratedArticle> Articles(int count)
    {
        for (int n = 0; n < count; n++) yield return Article(n);
    }

    public GeneratedArticle Article(int n)
    {
        var rng = SplitMix64.For(_seed, 1000 + (ulong)n);
        var front = _fronts[rng.Next(_fronts.Count)];
        int span = CorpusEnd.DayNumber - front.Launch.DayNumber - 20;
        var published = front.Launch.AddDays(20 + rng.Next(span));
        var builder = new ArticleBuilder();
        string publisher = rng.Pick(Catalogue.Agencies2);
        string? headline = null;

        if (rng.Chance(0.5))
        {
            headline = Capitalize($"{front.Campaign.Name} {rng.Pick(HeadlineTails)} {front.Region}");
            builder.Raw(headline);
            builder.ParagraphBreak();
        }

        builder.Raw(Dateline(publisher, published, rng));
        builder.Sentence(Fill(rng.Pick(OpeningSentences), front.Campaign, front.Region, published, rng));

        var claims = new List<GeneratedClaim>();
        int claimSentences = rng.Next(3, 7);
        int fillers = rng.Next(4, 8);
        var order = Enumerable.Repeat(true, claimSentences).Concat(Enumerable.Repeat(false, fillers)).ToList();
        Shuffle(order, rng);
        int inParagraph = 1;
        foreach (bool isClaim in order)
        {
            if (inParagraph >= rng.Next(1, 4))
            {
                builder.ParagraphBreak();
                if (rng.Chance(0.3)) builder.Raw("  ");
                inParagraph = 0;
            }
            if (isClaim) ClaimSentence(builder, claims, front, published, rng);
            else builder.Sentence(Fill(rng.Pick(FillerSentences), front.Campaign, front.Region, published, rng));
            inParagraph++;
        }

        builder.Raw("\n");
        string fileName = $"{n:D7}_{(uint)SplitMix64.For(_seed, 7_000_000_000UL + (ulong)n).NextUInt64():x8}.txt";
        return new GeneratedArticle(n, fileName, builder.Text, published, publisher, headline, builder.Sentences, claims);
    }

    private void ClaimSentence(ArticleBuilder b, List<GeneratedClaim> claims, (Campaign Campaign, string Region, DateOnly Launch, Series[] Series) front, DateOnly published, SplitMix64 rng)
    {
        double roll = rng.NextDouble();
        if (roll < 0.08) { RateSentence(b, claims, front.Campaign, rng); return; }
        if (roll < 0.18) { EventSentence(b, claims, front, published, rng); return; }
        if (roll < 0.28 && published.Year > front.Launch.Year) { PeriodSentence(b, claims, front, published, rng); return; }

        var (asOfWords, asOf, periodStart) = AsOfPhrase(front.Campaign, front.Launch, published, rng);
        int figures = rng.Chance(0.3) ? rng.Next(2, 4) : 1;
        var picked = front.Series.OrderBy(_ => rng.NextUInt64()).Take(figures).ToArray();
        var parts = new List<(Series S, Figure F, bool Conflict)>();
        foreach (var s in picked)
        {
            decimal truth = s.ValueAt(asOf);
            bool conflict = rng.Chance(ConflictRate);
            if (conflict) truth = Math.Max(1, Math.Round(truth * (decimal)(0.4 + rng.NextDouble() * 0.4)));
            parts.Add((s, FigureWording.Amount(truth, rng), conflict));
        }

        b.BeginSentence();
        b.Raw(Capitalize(asOfWords) + ", ");
        for (int i = 0; i < parts.Count; i++)
        {
            var (s, f, conflict) = parts[i];
            if (i > 0) b.Raw(i == parts.Count - 1 ? ", and " : ", ");
            if (i == 0 && f.Bound == BoundKind.Exact && rng.Chance(0.5)) b.Raw("a total of ");
            int start = b.Position;
            b.Raw(f.Text);
            int end = b.Position;
            string verb = rng.Pick(s.Metric.Verbs);
            b.Raw($" {s.Metric.Noun} {(i == 0 ? "had been" : "were")} {verb}");
            claims.Add(Claim(b.SentenceIndex, start, end, f, s.Metric.Unit, FigureKind.Cumulative, asOf, periodStart, null, s.Key, s.Label, conflict));
        }
        b.Raw(" " + front.Region);
        b.EndSentence(".");
    }

    private void PeriodSentence(ArticleBuilder b, List<GeneratedClaim> claims, (Campaign Campaign, string Region, DateOnly Launch, Series[] Series) front, DateOnly published, SplitMix64 rng)
    {
        int year = published.Year - 1;
        var s = rng.Pick(front.Series);
        var from = new DateOnly(year, 1, 1) < s.Launch ? s.Launch : new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        decimal truth = s.ValueAt(to) - (from == s.Launch ? 0 : s.ValueAt(from));
        var f = FigureWording.Amount(Math.Max(1, truth), rng);
        b.BeginSentence();
        b.Raw($"In {year}, ");
        if (f.Bound == BoundKind.Exact) b.Raw("a total of ");
        int start = b.Position;
        b.Raw(f.Text);
        int end = b.Position;
        b.Raw($" {s.Metric.Noun} were {rng.Pick(s.Metric.Verbs)} {front.Region} throughout the year");
        b.EndSentence(".");
        claims.Add(Claim(b.SentenceIndex - 1, start, end, f, s.Metric.Unit, FigureKind.PeriodTotal, to, new DateOnly(year, 1, 1), to,
            s.Key + "-annual", s.Label + " (annual total)", false));
    }

    private void EventSentence(ArticleBuilder b, List<GeneratedClaim> claims, (Campaign Campaign, string Region, DateOnly Launch, Series[] Series) front, DateOnly published, SplitMix64 rng)
    {
        var s = rng.Pick(front.Series);
        decimal truth = Math.Max(1, Math.Round((decimal)(s.DailyRate * (0.5 + rng.NextDouble() * 2.5))));
        var f = FigureWording.Amount(truth, rng);
        int hour = rng.Next(8, 23);
        b.BeginSentence();
        b.Raw($"As of {hour}:00 on the {Ordinal(published.Day)}, ");
        int start = b.Position;
        b.Raw(f.Text);
        int end = b.Position;
        b.Raw($" {s.Metric.Noun} had been {rng.Pick(s.Metric.Verbs)} in the centralized operation");
        b.EndSentence(".");
        claims.Add(Claim(b.SentenceIndex - 1, start, end, f, s.Metric.Unit, FigureKind.Event, published, null, null,
            s.Key + "-operation", s.Label + " (one operation)", false));
    }

    private void RateSentence(ArticleBuilder b, List<GeneratedClaim> claims, Campaign campaign, SplitMix64 rng)
    {
        b.BeginSentence();
        string key = campaign.Key;
        if (rng.Chance(0.5))
        {
            var f = FigureWording.Percent(Math.Round(90m + (decimal)rng.NextDouble() * 9.9m, 1));
            b.Raw($"The early warning platform of the {campaign.Name} reached a success rate of ");
            int start = b.Position;
            b.Raw(f.Text);
            claims.Add(Claim(b.SentenceIndex, start, b.Position, f, FigureUnit.Percent, FigureKind.Rate, null, null, null,
                key + "-success-rate", $"success rate of the {campaign.Name.Replace("\"", "")}", false));
        }
        else
        {
            decimal low = Math.Round(0.5m + (decimal)rng.NextDouble() * 1.5m, 1);
            var f = FigureWording.PercentRange(low, low + Math.Round(0.2m + (decimal)rng.NextDouble(), 1));
            b.Raw("The platforms claimed that every time a transfer is completed, a commission of ");
            int start = b.Position;
            b.Raw(f.Text);
            b.Raw(" of the corresponding money will be issued");
            claims.Add(Claim(b.SentenceIndex, start, start + f.Text.Length, f, FigureUnit.Percent, FigureKind.Rate, null, null, null,
                key + "-commission-rate", $"commission rate offered in the {campaign.Name.Replace("\"", "")}", false));
        }
        b.EndSentence(".");
    }

    private static GeneratedClaim Claim(int sentence, int start, int end, Figure f, FigureUnit unit, FigureKind kind,
        DateOnly? asOf, DateOnly? periodStart, DateOnly? periodEnd, string metricKey, string metricLabel, bool conflict) =>
        new(sentence, start, end, f, unit, kind, asOf, periodStart, periodEnd, metricKey, metricLabel, conflict);

    /// <summary>When a cumulative figure holds, in words, with the date it means and the start it counts from.</summary>
    private static (string Words, DateOnly AsOf, DateOnly? Start) AsOfPhrase(Campaign c, DateOnly launch, DateOnly published, SplitMix64 rng)
    {
        switch (rng.Next(6))
        {
            case 0: return ("up to now", published, null);
            case 1: return ("so far", published, null);
            case 2:
            {
                var endOfLastMonth = new DateOnly(published.Year, published.Month, 1).AddDays(-1);
                return endOfLastMonth > launch
                    ? ($"as of the end of {Catalogue.MonthNames[endOfLastMonth.Month - 1]}", endOfLastMonth, null)
                    : ("up to now", published, null);
            }
            case 3:
            {
                var d = published.AddDays(-rng.Next(1, 10));
                return d > launch ? ($"as of {Catalogue.MonthNames[d.Month - 1]} {d.Day}", d, null) : ("so far", published, null);
            }
            case 4:
                return ($"since the launch of the {c.Name} on {Catalogue.MonthNames[launch.Month - 1]} {launch.Day}, {launch.Year}", published, launch);
            default:
                return published.Year == launch.Year + 1
                    ? ($"since the launch of the {c.Name} in {Catalogue.MonthNames[launch.Month - 1]} last year", published, launch)
                    : ("up to now", published, null);
        }
    }

    private static string Dateline(string publisher, DateOnly published, SplitMix64 rng)
    {
        string month = Catalogue.MonthNames[published.Month - 1];
        string place = rng.Pick(Catalogue.Places);
        return rng.Next(3) switch
        {
            0 => $"{publisher}, {place}, {month} {published.Day} (Reporter {Reporter(rng)}) ",
            1 => $"{publisher}, {place}, {month} {Ordinal(published.Day)}. ",
            _ => $"{publisher}, {month} {published.Day}. ",
        };
    }

    private static string Reporter(SplitMix64 rng) => $"{rng.Pick(Catalogue.ReporterSurnames)} {rng.Pick(Catalogue.ReporterGivenNames)}";

    private static string Fill(string template, Campaign c, string region, DateOnly published, SplitMix64 rng) => template
        .Replace("{C}", c.Name)
        .Replace("{Ag}", c.Agency)
        .Replace("{R}", region)
        .Replace("{P}", rng.Pick(Catalogue.Places))
        .Replace("{M}", Catalogue.MonthNames[published.Month - 1])
        .Replace("{D}", Ordinal(published.Day))
        .Replace("{H}", rng.Next(8, 22).ToString(Inv))
        .Replace("{CASE}", $"{rng.Next(1, 13)}.{rng.Next(1, 29)}")
        .Replace("{TEL}", "12" + rng.Next(100, 999).ToString(Inv))
        .Replace("{ORD}", Ordinal(rng.Next(2, 9)))
        .Replace("{ART}", rng.Next(2, 60).ToString(Inv));

    private static readonly string[] HeadlineTails =
    [
        "achieves significant results", "launches a new round of centralized arrests", "cuts off illegal channels",
        "steps up the crackdown", "reports progress",
    ];

    private static readonly string[] OpeningSentences =
    [
        "The reporter learned from {Ag} on the {D} that the {C} has achieved significant results {R}.",
        "At {H}:00 on {M} {D}, under the unified command of {Ag}, the {C} launched a new round of centralized operations {R}.",
        "A spokesperson for {Ag} said on the {D} that with the joint efforts of various localities and departments, the {C} has achieved remarkable results.",
        "{Ag} held a press conference on the morning of the {D} to report on the progress of the {C}.",
    ];

    private static readonly string[] FillerSentences =
    [
        "The relevant person in charge of {Ag} said that all localities and departments will continue to deepen the {C}.",
        "{Ag} attaches great importance to this work and has deployed localities to strengthen analysis, research and judgment.",
        "With the in-depth advancement of the {C}, the space for illegal activities has been further squeezed.",
        "At {H}:00 on {M} {D}, under the unified command of {Ag}, a centralized operation was launched {R}.",
        "The case was listed as the \"{CASE}\" project and deployed to the relevant departments for joint handling.",
        "The public can report clues through the hotline {TEL} at any time.",
        "The measures were discussed at the {ORD} plenary session of the joint conference.",
        "The public is reminded to increase their awareness of prevention and to report suspicious activity in time.",
        "The work has achieved significant results in stages.",
        "Local governments have established a multi-departmental linkage mechanism to improve their risk control capabilities.",
        "{P} has set up a rapid response mechanism, successfully handling a number of major cases.",
        "Article {ART} of the regulations provides the legal basis for the punishment.",
        "The next step is to strengthen source governance and disciplinary measures.",
        "People from all walks of life responded enthusiastically to the {C}.",
        "Various localities held press conferences and announced typical cases, creating a strong atmosphere in the whole society.",
        "The division of labor and cooperation among the gangs made the investigation difficult, but the chain was finally broken.",
    ];

    private static string Ordinal(int n) => n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Slug(string s)
    {
        var sb = new StringBuilder();
        foreach (char ch in s.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch)) sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    private static void Shuffle<T>(IList<T> items, SplitMix64 rng)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = rng.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}

/// <summary>Builds an article's text while recording sentence offsets (all text is in the BMP, so UTF-16 index = code point).</summary>
internal sealed class ArticleBuilder
{
    private readonly StringBuilder _text = new(2048);
    private readonly List<GeneratedSentence> _sentences = [];
    private int _sentenceStart = -1;

    public int Position => _text.Length;
    public int SentenceIndex => _sentences.Count;
    public string Text => _text.ToString();
    public IReadOnlyList<GeneratedSentence> Sentences => _sentences;

    public void Raw(string s) => _text.Append(s);


    public void ParagraphBreak()
    {
        while (_text.Length > 0 && _text[^1] == ' ') _text.Length--;
        if (_text.Length > 0) _text.Append("\n\n");
    }

    public void BeginSentence()
    {
        if (_text.Length > 0 && _text[^1] is not (' ' or '\n')) _text.Append(' ');
        _sentenceStart = _text.Length;
    }

    public void EndSentence(string terminator)
    {
        _text.Append(terminator);
        _sentences.Add(new GeneratedSentence(_sentences.Count, _sentenceStart, _text.Length, _text.ToString(_sentenceStart, _text.Length - _sentenceStart)));
        _sentenceStart = -1;
    }

    public void Sentence(string text)
    {
        BeginSentence();
        _text.Append(text);
        _sentences.Add(new GeneratedSentence(_sentences.Count, _sentenceStart, _text.Length, text));
    }
}
