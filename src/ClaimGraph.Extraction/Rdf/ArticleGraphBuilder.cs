using System.Globalization;
using ClaimGraph.Extraction.Claims;
using ClaimGraph.Extraction.Metrics;
using ClaimGraph.Extraction.Quantities;
using ClaimGraph.Extraction.Time;
using ClaimGraph.Rdf.Model;
using static ClaimGraph.Extraction.Rdf.CgVocab;

namespace ClaimGraph.Extraction.Rdf;

/// <summary>
/// Maps an extracted article to quads, as a nanopublication: a head graph linking the assertion
/// graph (claims, their values, metrics and times), the provenance graph (the article, its
/// sentences, Web Annotation selectors, date evidence) and the publication-info graph (who made it,
/// when). IRIs come from the content hash and code point offsets, so the same text always gives the
/// same quads (except the ingest time in the publication info).
/// </summary>
public static class ArticleGraphBuilder
{
    private static readonly Iri RdfType = Vocab.Rdf.Type;

    /// <param name="anchors">Events the article dates (<see cref="DateEvidence.Anchors"/>); those with a name are kept, so later runs can date other articles by them.</param>
    public static List<Quad> Build(ExtractedArticle extracted, DateTimeOffset ingestedAt, IReadOnlyList<DateAnchor>? anchors = null)
    {
        var article = extracted.Article;
        var a = ArticleIri(article.ContentHash);
        var head = HeadGraph(a);
        var assertion = AssertionGraph(a);
        var provenance = ProvenanceGraph(a);
        var pubinfo = PubInfoGraph(a);
        var np = Nanopub(a);
        var quads = new List<Quad>(64 + extracted.Claims.Count * 48 + article.Sentences.Count * 18);   // about what each holds, so that the list seldom grows

        void Add(Term s, Iri p, Term o, Iri g) => quads.Add(new Quad(s, p, o, g));

        // Head
        Add(np, RdfType, Np.Nanopublication, head);
        Add(np, Np.HasAssertion, assertion, head);
        Add(np, Np.HasProvenance, provenance, head);
        Add(np, Np.HasPublicationInfo, pubinfo, head);

        // Provenance: the article
        Add(assertion, Prov.WasDerivedFrom, a, provenance);
        Add(a, RdfType, Article, provenance);
        Add(a, RdfType, Schema.NewsArticle, provenance);
        Add(a, FileName, Literal.String(article.FileName), provenance);
        Add(a, ContentHash, Literal.String(article.ContentHash), provenance);
        Add(a, CodePointLength, Literal.Integer(article.CodePointLength), provenance);
        if (article.Headline is { } headline) Add(a, Schema.Headline, Literal.String(headline), provenance);
        if (article.Publisher is { } publisher) Add(a, Schema.Publisher, Literal.String(publisher), provenance);
        if (article.Dateline is { } dateline)
        {
            Add(a, DatelineText, Literal.String(dateline.Text), provenance);
            if (dateline.Place is { } place) Add(a, DatelinePlace, Literal.String(place), provenance);
            Add(a, DatelineMonthDay, Literal.Typed($"--{dateline.Month:00}-{dateline.Day:00}", GMonthDay), provenance);
            foreach (var reporter in dateline.Reporters) { Add(a, Reporter, Literal.String(reporter), provenance); Add(a, Schema.Author, Literal.String(reporter), provenance); }
        }
        var published = extracted.Published;
        if (published.Date is { } date) Add(a, Schema.DatePublished, Literal.Date(date), provenance);
        Add(a, DateMethodProp, DateMethodIri(published.Method), provenance);
        if (published.Method is not Time.DateMethod.FromDateline)
        {
            var inference = new Iri(a.Value + "/date-inference");
            Add(a, DateInferenceProp, inference, provenance);
            Add(inference, RdfType, DateInference, provenance);
            Add(inference, DateMethodProp, DateMethodIri(published.Method), provenance);
            Add(inference, Explanation, Literal.String(published.Explanation), provenance);
            if (published.AnchorDate is { } anchor) Add(inference, AnchorDate, Literal.Date(anchor), provenance);
            if (published.AnchorFile is { } file) Add(inference, AnchorArticleFile, Literal.String(file), provenance);
            if (published.EventName is { } name) Add(inference, EventName, Literal.String(name), provenance);
            foreach (var evidence in published.Evidence)
                Add(inference, Evidence, SentenceIri(ArticleIri(evidence.ContentHash), evidence.Start, evidence.End), provenance);
        }

        foreach (var anchor in anchors ?? [])
        {
            if (anchor.Names.Count == 0) continue;   // an unnamed event can only date its own article
            var sentence = SentenceIri(a, anchor.Sentence.Start, anchor.Sentence.End);
            var node = AnchorIri(sentence, anchor.Date);
            Add(sentence, DatesEvent, node, provenance);
            Add(node, RdfType, DateAnchorClass, provenance);
            Add(node, EventDate, Literal.Date(anchor.Date), provenance);
            foreach (var name in anchor.Names.Order(StringComparer.Ordinal)) Add(node, EventLabel, Literal.String(name), provenance);
        }

        // Provenance: sentences, each a Web Annotation specific resource of the article
        foreach (var sentence in article.Sentences)
        {
            var s = SentenceIri(a, sentence.Span.Start, sentence.Span.End);
            Add(s, RdfType, Sentence, provenance);
            Add(s, RdfType, Oa.SpecificResource, provenance);
            Add(s, TextProp, Literal.String(sentence.Text), provenance);
            Add(s, Start, Literal.Integer(sentence.Span.Start), provenance);
            Add(s, End, Literal.Integer(sentence.Span.End), provenance);
            Add(s, InArticle, a, provenance);
            Add(s, Paragraph, Literal.Integer(sentence.Paragraph), provenance);
            if (sentence.IsHeadline) Add(s, IsHeadline, Literal.True, provenance);
            AddSelectors(quads, s, a, article.Text, sentence.Span.Utf16Start, sentence.Span.Utf16End, sentence.Span.Start, sentence.Span.End, provenance);
        }

        // Assertion: claims; provenance: their annotations
        var definedMetrics = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in extracted.Claims)
        {
            var c = ClaimIri(a, claim.Span.Start, claim.Span.End);
            var q = claim.Quantity;
            Add(c, RdfType, Claim, assertion);
            Add(c, RdfType, Schema.Claim, assertion);
            Add(c, ArticleProp, a, assertion);
            foreach (var sentence in claim.Sentences) Add(c, SentenceProp, SentenceIri(a, sentence.Span.Start, sentence.Span.End), assertion);
            Add(c, Occurrences, Literal.Integer(claim.Sentences.Count), assertion);
            Add(c, Quote, Literal.String(q.Text), assertion);
            Add(c, Start, Literal.Integer(claim.Span.Start), assertion);
            Add(c, End, Literal.Integer(claim.Span.End), assertion);
            Add(c, Value, Literal.Decimal(q.Value), assertion);
            if (q.ValueHigh is { } high) Add(c, ValueHigh, Literal.Decimal(high), assertion);
            Add(c, Bound, BoundIri(q.Bound), assertion);
            var (lower, upper) = q.Interval;
            if (lower is { } lo) { Add(c, LowerBound, Literal.Decimal(lo), assertion); Add(c, LowerInclusive, Literal.Boolean(q.LowerInclusive), assertion); }
            if (upper is { } up) { Add(c, UpperBound, Literal.Decimal(up), assertion); Add(c, UpperInclusive, Literal.Boolean(q.UpperInclusive), assertion); }
            Add(c, UnitProp, new Iri(q.Unit.Iri), assertion);
            Add(c, UnitCode, Literal.String(q.Unit.Code), assertion);

            var metric = claim.Metric;
            var m = new Iri(metric.Iri);
            Add(c, MetricProp, m, assertion);
            Add(c, MetricMethodProp, MetricMethodIri(metric.Method), assertion);
            Add(c, Confidence, Literal.Decimal(metric.Confidence), assertion);
            if (claim.Frame.NounPhrase.Length > 0) Add(c, CountedNoun, Literal.String(claim.Frame.NounPhrase), assertion);
            if (claim.Frame.Verb is { } verb) Add(c, ActionProp, Literal.String(verb), assertion);
            if (claim.Frame.Qualifier is { } qualifier) Add(c, Qualifier, Literal.String(qualifier), assertion);
            if (metric.NeedsDefinition && definedMetrics.Add(metric.Iri)) DefineMetric(quads, metric, assertion);

            var time = claim.Time;
            Add(c, Kind, KindIri(time.Kind), assertion);
            if (time.AsOf is { } asOf) Add(c, AsOf, Literal.Date(asOf), assertion);
            if (time.PeriodStart is { } ps) Add(c, PeriodStart, Literal.Date(ps), assertion);
            if (time.PeriodEnd is { } pe) Add(c, PeriodEnd, Literal.Date(pe), assertion);
            if (time.Expression is { } expression) Add(c, TimeExpression, Literal.String(expression), assertion);
            // OWL-Time: one day is an instant; a period is a proper interval between two (OWL-Time's ProperInterval has distinct ends).
            if (time.AsOf is { } end)
            {
                var when = new Iri(c.Value + "/time");
                Add(c, OwlTime.HasTime, when, assertion);
                var begin = time.PeriodStart ?? end;
                if (time.PeriodEnd is { } periodEnd) end = periodEnd;
                if (begin == end)
                {
                    Add(when, RdfType, OwlTime.Instant, assertion);
                    Add(when, OwlTime.InXSDDate, Literal.Date(end), assertion);
                }
                else
                {
                    Add(when, RdfType, OwlTime.ProperInterval, assertion);
                    var b = new Iri(when.Value + "/begin");
                    Add(when, OwlTime.HasBeginning, b, assertion);
                    Add(b, OwlTime.InXSDDate, Literal.Date(begin), assertion);
                    var e = new Iri(when.Value + "/end");
                    Add(when, OwlTime.HasEnd, e, assertion);
                    Add(e, OwlTime.InXSDDate, Literal.Date(end), assertion);
                }
            }

            // Provenance of the claim: derived from its sentence(s), annotated at the figure's characters.
            foreach (var sentence in claim.Sentences) Add(c, Prov.WasDerivedFrom, SentenceIri(a, sentence.Span.Start, sentence.Span.End), provenance);
            var annotation = new Iri(c.Value + "/annotation");
            var target = new Iri(c.Value + "/target");
            Add(annotation, RdfType, Oa.Annotation, provenance);
            Add(annotation, Oa.HasBody, c, provenance);
            Add(annotation, Oa.HasTarget, target, provenance);
            Add(annotation, Oa.MotivatedBy, Oa.Describing, provenance);
            Add(target, RdfType, Oa.SpecificResource, provenance);
            AddSelectors(quads, target, a, article.Text, claim.Span.Utf16Start, claim.Span.Utf16End, claim.Span.Start, claim.Span.End, provenance);
        }

        // Publication info
        Add(np, Prov.GeneratedAtTime, Literal.Typed(ingestedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), Vocab.Xsd.DateTime), pubinfo);
        Add(np, Prov.WasAttributedTo, Agent, pubinfo);
        Add(Agent, RdfType, Prov.SoftwareAgent, pubinfo);
        return quads;
    }

    /// <summary>
    /// A TextPositionSelector (code points) and a TextQuoteSelector: the exact text, with 32 characters
    /// of prefix and suffix only where the exact text occurs more than once in the article. The Web
    /// Annotation model gives prefix and suffix to tell copies of the same text apart; a unique text
    /// needs none, and they were a sixth of an article's terms, each new to the store.
    /// </summary>
    private static void AddSelectors(List<Quad> quads, Iri resource, Iri article, string text, int u16Start, int u16End, int start, int end, Iri graph)
    {
        var position = new Iri(resource.Value + "/position");
        var quote = new Iri(resource.Value + "/quote");
        quads.Add(new Quad(resource, Oa.HasSource, article, graph));
        quads.Add(new Quad(resource, Oa.HasSelector, position, graph));
        quads.Add(new Quad(resource, Oa.HasSelector, quote, graph));
        quads.Add(new Quad(position, RdfType, Oa.TextPositionSelector, graph));
        quads.Add(new Quad(position, Oa.Start, Literal.Integer(start), graph));
        quads.Add(new Quad(position, Oa.End, Literal.Integer(end), graph));
        quads.Add(new Quad(quote, RdfType, Oa.TextQuoteSelector, graph));
        var exact = text[u16Start..u16End];
        quads.Add(new Quad(quote, Oa.Exact, Literal.String(exact), graph));
        if (!OccursElsewhere(text, exact, u16Start)) return;
        int p = Math.Max(0, u16Start - 32);
        if (p < u16Start && char.IsLowSurrogate(text[p])) p++;
        int s = Math.Min(text.Length, u16End + 32);
        if (s > u16End && s < text.Length && char.IsLowSurrogate(text[s])) s--;
        quads.Add(new Quad(quote, Oa.Prefix, Literal.String(text[p..u16Start]), graph));
        quads.Add(new Quad(quote, Oa.Suffix, Literal.String(text[u16End..s]), graph));
    }

    private static bool OccursElsewhere(string text, string exact, int at) =>
        text.IndexOf(exact, StringComparison.Ordinal) != at || text.IndexOf(exact, at + 1, StringComparison.Ordinal) >= 0;

    private static void DefineMetric(List<Quad> quads, MetricChoice metric, Iri graph)
    {
        var m = new Iri(metric.Iri);
        quads.Add(new Quad(m, RdfType, Metric, graph));
        quads.Add(new Quad(m, RdfType, Skos.Concept, graph));
        quads.Add(new Quad(m, Skos.PrefLabel, Literal.LangTagged(metric.Label, "en"), graph));
        if (metric.Qualifier is { } qualifier)
        {
            quads.Add(new Quad(m, Qualifier, Literal.String(qualifier), graph));
            quads.Add(new Quad(m, Skos.Broader, new Iri(metric.Broader!), graph));
            if (metric.Method == Metrics.MetricMethod.MintedFromText)
            {
                var broader = new Iri(metric.Broader!);
                quads.Add(new Quad(broader, RdfType, Metric, graph));
                quads.Add(new Quad(broader, RdfType, Skos.Concept, graph));
                quads.Add(new Quad(broader, Skos.PrefLabel, Literal.LangTagged(metric.BroaderLabel!, "en"), graph));
                quads.Add(new Quad(broader, MintedFrom, Literal.String(metric.MintedKey!), graph));
            }
        }
        else if (metric.MintedKey is { } key) quads.Add(new Quad(m, MintedFrom, Literal.String(key), graph));
    }

    public static Iri BoundIri(BoundKind bound) => bound switch
    {
        BoundKind.Exact => Exact, BoundKind.AtLeast => AtLeast, BoundKind.AtMost => AtMost, BoundKind.Approx => Approx, _ => RangeBound,
    };

    public static Iri KindIri(FigureKind kind) => kind switch
    {
        FigureKind.Cumulative => Cumulative, FigureKind.PeriodTotal => PeriodTotal, FigureKind.Event => Event, FigureKind.Forecast => Forecast, _ => Rate,
    };

    public static Iri MetricMethodIri(Metrics.MetricMethod method) => new(Ns + method.ToString());

    public static Iri DateMethodIri(Time.DateMethod method) => new(Ns + method.ToString());
}
