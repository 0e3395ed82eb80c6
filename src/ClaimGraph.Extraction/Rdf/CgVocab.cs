using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Extraction.Rdf;

/// <summary>The IRIs the extractor writes: ClaimGraph's own (ontology/claimgraph.ttl) and the standard vocabularies it reuses.</summary>
public static class CgVocab
{
    public const string Ns = "https://claimgraph.org/ns#";
    public const string Id = "https://claimgraph.org/id/";

    private static Iri Cg(string local) => new(Ns + local);

    // classes and individuals
    public static readonly Iri Article = Cg("Article"), Sentence = Cg("Sentence"), Claim = Cg("Claim"), Metric = Cg("Metric"),
        SourceFile = Cg("SourceFile"), DateInference = Cg("DateInference"), DateAnchorClass = Cg("DateAnchor"),
        Exact = Cg("Exact"), AtLeast = Cg("AtLeast"), AtMost = Cg("AtMost"), Approx = Cg("Approx"), RangeBound = Cg("Range"),
        Cumulative = Cg("Cumulative"), PeriodTotal = Cg("PeriodTotal"), Event = Cg("Event"), Rate = Cg("Rate"), Forecast = Cg("Forecast");

    // properties
    public static readonly Iri FileName = Cg("fileName"), ContentHash = Cg("contentHash"), CodePointLength = Cg("codePointLength"),
        DatelineText = Cg("datelineText"), DatelinePlace = Cg("datelinePlace"), DatelineMonthDay = Cg("datelineMonthDay"), Reporter = Cg("reporter"),
        DateMethodProp = Cg("dateMethod"), DateInferenceProp = Cg("dateInference"), Evidence = Cg("evidence"), AnchorDate = Cg("anchorDate"),
        AnchorArticleFile = Cg("anchorArticleFile"), EventName = Cg("eventName"), Explanation = Cg("explanation"),
        DatesEvent = Cg("datesEvent"), EventDate = Cg("eventDate"), EventLabel = Cg("eventLabel"),
        TextProp = Cg("text"), Start = Cg("start"), End = Cg("end"), InArticle = Cg("inArticle"), Paragraph = Cg("paragraph"), IsHeadline = Cg("isHeadline"),
        ArticleProp = Cg("article"), SentenceProp = Cg("sentence"), Occurrences = Cg("occurrences"), Quote = Cg("quote"),
        Value = Cg("value"), ValueHigh = Cg("valueHigh"), Bound = Cg("bound"), LowerBound = Cg("lowerBound"), UpperBound = Cg("upperBound"),
        LowerInclusive = Cg("lowerInclusive"), UpperInclusive = Cg("upperInclusive"), UnitProp = Cg("unit"), UnitCode = Cg("unitCode"),
        MetricProp = Cg("metric"), MetricMethodProp = Cg("metricMethod"), Confidence = Cg("confidence"), CountedNoun = Cg("countedNoun"),
        ActionProp = Cg("action"), Qualifier = Cg("qualifier"), AsOf = Cg("asOf"), PeriodStart = Cg("periodStart"), PeriodEnd = Cg("periodEnd"),
        TimeExpression = Cg("timeExpression"), Kind = Cg("kind"), MintedFrom = Cg("mintedFrom"),
        CurrentVersion = Cg("currentVersion"), Version = Cg("version"), SupersededBy = Cg("supersededBy"), IngestedAt = Cg("ingestedAt"),
        MetricsHash = Cg("metricsHash");

    public static class Schema
    {
        public const string Ns = "https://schema.org/";
        public static readonly Iri NewsArticle = new(Ns + "NewsArticle"), Claim = new(Ns + "Claim"), DatePublished = new(Ns + "datePublished"),
            Headline = new(Ns + "headline"), Publisher = new(Ns + "publisher"), Author = new(Ns + "author"), Text = new(Ns + "text");
    }

    public static class Prov
    {
        public const string Ns = "http://www.w3.org/ns/prov#";
        public static readonly Iri Entity = new(Ns + "Entity"), Activity = new(Ns + "Activity"), WasDerivedFrom = new(Ns + "wasDerivedFrom"),
            WasRevisionOf = new(Ns + "wasRevisionOf"), GeneratedAtTime = new(Ns + "generatedAtTime"), WasAttributedTo = new(Ns + "wasAttributedTo"),
            WasGeneratedBy = new(Ns + "wasGeneratedBy"), SoftwareAgent = new(Ns + "SoftwareAgent"), Used = new(Ns + "used");
    }

    public static class Oa
    {
        public const string Ns = "http://www.w3.org/ns/oa#";
        public static readonly Iri Annotation = new(Ns + "Annotation"), SpecificResource = new(Ns + "SpecificResource"),
            TextPositionSelector = new(Ns + "TextPositionSelector"), TextQuoteSelector = new(Ns + "TextQuoteSelector"),
            HasBody = new(Ns + "hasBody"), HasTarget = new(Ns + "hasTarget"), HasSource = new(Ns + "hasSource"), HasSelector = new(Ns + "hasSelector"),
            Start = new(Ns + "start"), End = new(Ns + "end"), Exact = new(Ns + "exact"), Prefix = new(Ns + "prefix"), Suffix = new(Ns + "suffix"),
            MotivatedBy = new(Ns + "motivatedBy"), Describing = new(Ns + "describing");
    }

    public static class Np
    {
        public const string Ns = "http://www.nanopub.org/nschema#";
        public static readonly Iri Nanopublication = new(Ns + "Nanopublication"), HasAssertion = new(Ns + "hasAssertion"),
            HasProvenance = new(Ns + "hasProvenance"), HasPublicationInfo = new(Ns + "hasPublicationInfo");
    }

    public static class Skos
    {
        public const string Ns = "http://www.w3.org/2004/02/skos/core#";
        public static readonly Iri Concept = new(Ns + "Concept"), PrefLabel = new(Ns + "prefLabel"), Broader = new(Ns + "broader"), InScheme = new(Ns + "inScheme");
    }

    public static class OwlTime
    {
        public const string Ns = "http://www.w3.org/2006/time#";
        public static readonly Iri ProperInterval = new(Ns + "ProperInterval"), Instant = new(Ns + "Instant"), HasBeginning = new(Ns + "hasBeginning"),
            HasEnd = new(Ns + "hasEnd"), InXSDDate = new(Ns + "inXSDDate"), HasTime = new(Ns + "hasTime");
    }

    public static readonly Iri GMonthDay = new("http://www.w3.org/2001/XMLSchema#gMonthDay");

    /// <summary>Graph holding one cg:SourceFile per file name and the superseded versions.</summary>
    public static readonly Iri RegistryGraph = new(Id + "graph/registry");

    /// <summary>Graph holding the metric catalog.</summary>
    public static readonly Iri MetricsGraph = new(Id + "graph/metrics");

    /// <summary>The software agent that makes the nanopublications.</summary>
    public static readonly Iri Agent = new(Id + "agent/claimgraph");

    public static Iri ArticleIri(string contentHash) => new(Id + "article/" + contentHash[..16]);
    public static Iri SentenceIri(Iri article, int start, int end) => new($"{article.Value}/sentence/{start}-{end}");
    public static Iri AnchorIri(Iri sentence, DateOnly date) => new($"{sentence.Value}/event/{date:yyyy-MM-dd}");
    public static Iri ClaimIri(Iri article, int start, int end) => new($"{article.Value}/claim/{start}-{end}");
    public static Iri FileIri(string fileName) => new(Id + "file/" + Uri.EscapeDataString(fileName));

    /// <summary>The graphs of one article version: head, assertion, provenance, publication info.</summary>
    public static Iri[] ArticleGraphs(Iri article) => [HeadGraph(article), AssertionGraph(article), ProvenanceGraph(article), PubInfoGraph(article)];
    public static Iri HeadGraph(Iri article) => new(article.Value + "/head");
    public static Iri AssertionGraph(Iri article) => new(article.Value + "/assertion");
    public static Iri ProvenanceGraph(Iri article) => new(article.Value + "/provenance");
    public static Iri PubInfoGraph(Iri article) => new(article.Value + "/pubinfo");
    public static Iri Nanopub(Iri article) => new(article.Value + "/np");
}
