using System.Globalization;
using System.Text;

namespace ClaimGraph.Bench.Generation;

/// <summary>
/// Receives statements whose terms are already in N-Triples syntax. <paramref name="graph"/> is
/// null for the default graph.
/// </summary>
public interface IStatementSink
{
    /// <summary>False once the sink wants no more statements (a size limit was reached).</summary>
    bool Add(string subject, string predicate, string obj, string? graph);
}

/// <summary>
/// Writes the truth about generated articles as RDF in the vocabulary of ontology/README.md, laid
/// out as ingest lays it out: per article an assertion graph (the claims' figures) and a
/// provenance graph (article, sentences, quotes and offsets), metric concepts in the default graph.
/// </summary>
public static class ClaimStatements
{
    public const string Cg = "https://claimgraph.org/ns#";
    public const string Id = "https://claimgraph.org/id/";
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    private const string Schema = "https://schema.org/";
    private const string Skos = "http://www.w3.org/2004/02/skos/core#";
    private const string Prov = "http://www.w3.org/ns/prov#";
    private const string Unit = "http://qudt.org/vocab/unit/";
    private const string Currency = "http://qudt.org/vocab/currency/";
    private const string Np = "http://www.nanopub.org/nschema#";
    private static readonly string MetricsGraph = I(Id + "graph/metrics");

    private static readonly string Type = I(Rdf + "type");
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Publishers (default graph) and the metric concepts of a corpus's series (the metrics graph).</summary>
    public static bool WriteVocabulary(CorpusGenerator corpus, IStatementSink sink)
    {
        foreach (var p in Catalogue.Agencies2)
            if (!sink.Add(I(Id + "publisher/" + Slug(p)), I(Schema + "name"), Str(p), null)) return false;
        foreach (var (key, label, synonyms) in corpus.Metrics())
            if (!Metric(sink, key, label, synonyms)) return false;
        return true;
    }

    private static bool Metric(IStatementSink sink, string key, string label, string[] synonyms)
    {
        string m = I(Id + "metric/" + key);
        if (!sink.Add(m, Type, I(Cg + "Metric"), MetricsGraph)) return false;
        if (!sink.Add(m, I(Skos + "prefLabel"), Lang(label), MetricsGraph)) return false;
        foreach (var synonym in synonyms)
            if (!sink.Add(m, I(Skos + "altLabel"), Lang(synonym), MetricsGraph)) return false;
        return true;
    }

    /// <summary>
    /// One article as a nanopublication (ontology/claimgraph.ttl): the head graph &lt;A&gt;, the
    /// assertion &lt;A/assertion&gt; (claims), the provenance &lt;A/provenance&gt; (article, sentences)
    /// and the publication info &lt;A/pubinfo&gt;. Returns false when the sink is full.
    /// </summary>
    public static bool WriteArticle(GeneratedArticle a, IStatementSink sink)
    {
        string id = ArticleId(a.Text);
        string article = I(id);
        string assertion = I(id + "/assertion");
        string provenance = I(id + "/provenance");
        string pubinfo = I(id + "/pubinfo");
        string publisher = I(Id + "publisher/" + Slug(a.Publisher));

        bool ok = sink.Add(article, Type, I(Np + "Nanopublication"), article)
            && sink.Add(article, I(Np + "hasAssertion"), assertion, article)
            && sink.Add(article, I(Np + "hasProvenance"), provenance, article)
            && sink.Add(article, I(Np + "hasPublicationInfo"), pubinfo, article)
            && sink.Add(article, I(Prov + "wasGeneratedBy"), I(Id + "activity/bench-generator"), pubinfo)
            && sink.Add(article, Type, I(Cg + "Article"), provenance)
            && sink.Add(article, I(Schema + "datePublished"), Date(a.Published), provenance)
            && sink.Add(article, I(Cg + "fileName"), Str(a.FileName), provenance)
            && sink.Add(article, I(Schema + "publisher"), publisher, provenance)
            && (a.Headline is null || sink.Add(article, I(Schema + "headline"), Str(a.Headline), provenance));
        if (!ok) return false;

        var sentenceIris = new string[a.Sentences.Count];
        foreach (var s in a.Sentences)
        {
            string iri = sentenceIris[s.Index] = I($"{id}/sentence/{s.Start}-{s.End}");
            ok = sink.Add(iri, Type, I(Cg + "Sentence"), provenance)
                && sink.Add(iri, I(Cg + "text"), Str(s.Text), provenance)
                && sink.Add(iri, I(Cg + "start"), Int(s.Start), provenance)
                && sink.Add(iri, I(Cg + "end"), Int(s.End), provenance)
                && sink.Add(iri, I(Cg + "inArticle"), article, provenance);
            if (!ok) return false;
        }

        foreach (var c in a.Claims)
        {
            string claim = I($"{id}/claim/{c.Start}-{c.End}");
            var f = c.Figure;
            ok = sink.Add(claim, Type, I(Cg + "Claim"), assertion)
                && sink.Add(claim, I(Cg + "metric"), I(Id + "metric/" + c.MetricKey), assertion)
                && sink.Add(claim, I(Cg + "metricMethod"), I(Cg + "CatalogNounAndVerb"), assertion)
                && sink.Add(claim, I(Cg + "value"), Dec(f.Value), assertion)
                && (f.ValueHigh is null || sink.Add(claim, I(Cg + "valueHigh"), Dec(f.ValueHigh.Value), assertion))
                && sink.Add(claim, I(Cg + "bound"), I(Cg + f.Bound), assertion)
                && (f.LowerBound is null || (sink.Add(claim, I(Cg + "lowerBound"), Dec(f.LowerBound.Value), assertion)
                    && sink.Add(claim, I(Cg + "lowerInclusive"), Bool(f.LowerInclusive), assertion)))
                && (f.UpperBound is null || (sink.Add(claim, I(Cg + "upperBound"), Dec(f.UpperBound.Value), assertion)
                    && sink.Add(claim, I(Cg + "upperInclusive"), Bool(f.UpperInclusive), assertion)))
                && sink.Add(claim, I(Cg + "unit"), UnitIri(c.Unit), assertion)
                && sink.Add(claim, I(Cg + "unitCode"), Str(UnitCode(c.Unit)), assertion)
                && sink.Add(claim, I(Cg + "kind"), I(Cg + c.Kind), assertion)
                && (c.AsOf is null || sink.Add(claim, I(Cg + "asOf"), Date(c.AsOf.Value), assertion))
                && (c.PeriodStart is null || sink.Add(claim, I(Cg + "periodStart"), Date(c.PeriodStart.Value), assertion))
                && (c.PeriodEnd is null || sink.Add(claim, I(Cg + "periodEnd"), Date(c.PeriodEnd.Value), assertion))
                && sink.Add(claim, I(Cg + "quote"), Str(f.Text), assertion)
                && sink.Add(claim, I(Cg + "start"), Int(c.Start), assertion)
                && sink.Add(claim, I(Cg + "end"), Int(c.End), assertion)
                && sink.Add(claim, I(Cg + "article"), article, assertion)
                && sink.Add(claim, I(Cg + "sentence"), sentenceIris[c.SentenceIndex], assertion)
                && sink.Add(claim, I(Cg + "confidence"), Dec(0.9m), assertion)
                && sink.Add(claim, I(Prov + "wasDerivedFrom"), sentenceIris[c.SentenceIndex], provenance);
            if (!ok) return false;
        }
        return true;
    }

    /// <summary>The article version IRI: the first 16 hex digits of the SHA-256 of its text.</summary>
    public static string ArticleId(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Id + "article/" + Convert.ToHexStringLower(hash[..8]);
    }

    private static string UnitIri(FigureUnit unit) => unit switch
    {
        FigureUnit.Yuan => I(Currency + "CNY"),
        FigureUnit.Percent => I(Unit + "PERCENT"),
        _ => I(Cg + "Count"),
    };

    /// <summary>The short unit code ingest writes as cg:unitCode.</summary>
    private static string UnitCode(FigureUnit unit) => unit switch
    {
        FigureUnit.Yuan => "CNY",
        FigureUnit.Percent => "percent",
        _ => "count",
    };

    private static string I(string iri) => "<" + iri + ">";
    private static string Int(int v) => $"\"{v.ToString(Inv)}\"^^<{Xsd}integer>";
    private static string Dec(decimal v) => $"\"{Canonical(v)}\"^^<{Xsd}decimal>";
    private static string Bool(bool v) => v ? $"\"true\"^^<{Xsd}boolean>" : $"\"false\"^^<{Xsd}boolean>";
    private static string Date(DateOnly d) => $"\"{d.ToString("yyyy-MM-dd", Inv)}\"^^<{Xsd}date>";
    private static string Str(string s) => "\"" + Escape(s) + "\"";
    private static string Lang(string s) => "\"" + Escape(s) + "\"@en";

    /// <summary>xsd:decimal canonical form: no exponent, at least one digit after the point.</summary>
    private static string Canonical(decimal v)
    {
        string s = v.ToString("0.############################", Inv);
        return s.Contains('.') ? s : s + ".0";
    }

    private static string Escape(string s)
    {
        if (s.AsSpan().IndexOfAny("\"\\\n\r") < 0) return s;
        var sb = new StringBuilder(s.Length + 8);
        foreach (char ch in s)
        {
            sb.Append(ch switch { '"' => "\\\"", '\\' => "\\\\", '\n' => "\\n", '\r' => "\\r", _ => ch.ToString() });
        }
        return sb.ToString();
    }

    private static string Slug(string s) => new(s.ToLowerInvariant().Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-').ToArray());
}

/// <summary>Writes N-Quads, or N-Triples (graphs dropped) when <paramref name="triplesOnly"/>; stops after <paramref name="limit"/> statements.</summary>
public sealed class StatementFileWriter(TextWriter writer, bool triplesOnly, long limit = long.MaxValue) : IStatementSink
{
    public long Count { get; private set; }

    public bool Add(string subject, string predicate, string obj, string? graph)
    {
        if (Count >= limit) return false;
        writer.Write(subject);
        writer.Write(' ');
        writer.Write(predicate);
        writer.Write(' ');
        writer.Write(obj);
        if (!triplesOnly && graph is not null)
        {
            writer.Write(' ');
            writer.Write(graph);
        }
        writer.Write(" .\n");
        Count++;
        return Count < limit;
    }
}
