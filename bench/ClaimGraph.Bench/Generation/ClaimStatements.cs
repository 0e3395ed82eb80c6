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

    private static readonly string Type = I(Rdf + "type");
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The default graph's vocabulary: publishers and the metric concepts of a corpus's series.</summary>
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
        if (!sink.Add(m, Type, I(Cg + "Metric"), null)) return false;
        if (!sink.Add(m, I(Skos + "prefLabel"), Lang(label), null)) return false;
        foreach (var verb in synonyms.Skip(1))
            if (!sink.Add(m, I(Skos + "altLabel"), Lang(verb), null)) return false;
        return true;
    }

    /// <summary>One article's graphs. Returns false when the sink is full.</summary>
    public static bool WriteArticle(GeneratedArticle a, IStatementSink sink)
    {
        string stem = a.Stem;
        string article = I(Id + "article/" + stem);
        string assertion = I(Id + "article/" + stem + "/assertion");
        string provenance = I(Id + "article/" + stem + "/provenance");
        string publisher = I(Id + "publisher/" + Slug(a.Publisher));

        bool ok = sink.Add(article, Type, I(Cg + "Article"), provenance)
            && sink.Add(article, I(Schema + "datePublished"), Date(a.Published), provenance)
            && sink.Add(article, I(Cg + "fileName"), Str(a.FileName), provenance)
            && sink.Add(article, I(Schema + "publisher"), publisher, provenance)
            && (a.Headline is null || sink.Add(article, I(Schema + "headline"), Str(a.Headline), provenance));
        if (!ok) return false;

        var sentenceIris = new string[a.Sentences.Count];
        foreach (var s in a.Sentences)
        {
            string iri = sentenceIris[s.Index] = I($"{Id}sentence/{stem}-{s.Index}");
            ok = sink.Add(iri, Type, I(Cg + "Sentence"), provenance)
                && sink.Add(iri, I(Cg + "text"), Str(s.Text), provenance)
                && sink.Add(iri, I(Cg + "start"), Int(s.Start), provenance)
                && sink.Add(iri, I(Cg + "end"), Int(s.End), provenance)
                && sink.Add(iri, I(Cg + "inArticle"), article, provenance);
            if (!ok) return false;
        }

        int k = 0;
        foreach (var c in a.Claims)
        {
            string claim = I($"{Id}claim/{stem}-{c.SentenceIndex}-{k++}");
            ok = sink.Add(claim, Type, I(Cg + "Claim"), assertion)
                && sink.Add(claim, I(Cg + "metric"), I(Id + "metric/" + c.MetricKey), assertion)
                && sink.Add(claim, I(Cg + "value"), Dec(c.Value), assertion)
                && (c.ValueHigh is null || sink.Add(claim, I(Cg + "valueHigh"), Dec(c.ValueHigh.Value), assertion))
                && sink.Add(claim, I(Cg + "bound"), I(Cg + c.Bound), assertion)
                && (c.LowerBound is null || (sink.Add(claim, I(Cg + "lowerBound"), Dec(c.LowerBound.Value), assertion)
                    && sink.Add(claim, I(Cg + "lowerInclusive"), Bool(c.LowerInclusive), assertion)))
                && (c.UpperBound is null || (sink.Add(claim, I(Cg + "upperBound"), Dec(c.UpperBound.Value), assertion)
                    && sink.Add(claim, I(Cg + "upperInclusive"), Bool(c.UpperInclusive), assertion)))
                && sink.Add(claim, I(Cg + "unit"), UnitIri(c.Unit), assertion)
                && sink.Add(claim, I(Cg + "kind"), I(Cg + c.Kind), assertion)
                && (c.AsOf is null || sink.Add(claim, I(Cg + "asOf"), Date(c.AsOf.Value), assertion))
                && (c.PeriodStart is null || sink.Add(claim, I(Cg + "periodStart"), Date(c.PeriodStart.Value), assertion))
                && (c.PeriodEnd is null || sink.Add(claim, I(Cg + "periodEnd"), Date(c.PeriodEnd.Value), assertion))
                && sink.Add(claim, I(Cg + "article"), article, provenance)
                && sink.Add(claim, I(Cg + "sentence"), sentenceIris[c.SentenceIndex], provenance)
                && sink.Add(claim, I(Cg + "quote"), Str(c.Quote), provenance)
                && sink.Add(claim, I(Cg + "start"), Int(c.Start), provenance)
                && sink.Add(claim, I(Cg + "end"), Int(c.End), provenance)
                && sink.Add(claim, I(Prov + "wasDerivedFrom"), sentenceIris[c.SentenceIndex], provenance)
                && sink.Add(claim, I(Cg + "confidence"), Dec(0.9m), provenance);
            if (!ok) return false;
        }
        return true;
    }

    private static string UnitIri(FigureUnit unit) => unit switch
    {
        FigureUnit.Yuan => I(Unit + "CNY"),
        FigureUnit.Percent => I(Unit + "PERCENT"),
        _ => I(Cg + "Count"),
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
