using System.Security.Cryptography;
using System.Text;
using ClaimGraph.Consistency.Checking;
using ClaimGraph.Consistency.Model;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Store;

namespace ClaimGraph.Consistency.Verdicts;

/// <summary>
/// Builds the verdicts of a check as RDF, in the verdicts graph, so SPARQL can list them
/// (queries/verdicts.rq): one cg:Verdict per series and one per finding, each with its rule
/// (cg:rule), type (cg:verdictType), metric, input claims (cg:input) and an explanation in words.
/// The graph is replaced whole on each run.
/// </summary>
public sealed class VerdictGraph : IReportSink
{
    public const string GraphIri = "https://claimgraph.org/id/graph/verdicts";
    private const string Cg = "https://claimgraph.org/ns#";
    private const string VerdictBase = "https://claimgraph.org/id/verdict/";

    private static readonly Iri Graph = new(GraphIri);
    private static readonly Iri VerdictClass = new(Cg + "Verdict");
    private static readonly Iri RuleProperty = new(Cg + "rule");
    private static readonly Iri InputProperty = new(Cg + "input");
    private static readonly Iri ExplanationProperty = new(Cg + "explanation");
    private static readonly Iri TypeProperty = new(Cg + "verdictType");
    private static readonly Iri MetricProperty = new(Cg + "metric");
    private static readonly Iri KindProperty = new(Cg + "kind");
    private static readonly Iri UnitProperty = new(Cg + "unit");
    private static readonly Iri GeneratedAt = new("http://www.w3.org/ns/prov#generatedAtTime");
    private static readonly Iri StoreVersionProperty = new(Cg + "storeVersion");

    private readonly List<Quad> _quads = [];
    private readonly HashSet<string> _findingsWritten = new(StringComparer.Ordinal);
    private ReportProvenance? _provenance;

    /// <summary>The verdict quads built so far.</summary>
    public IReadOnlyList<Quad> Quads => _quads;

    public void Begin(ReportProvenance provenance) => _provenance = provenance;

    public void Add(Series series)
    {
        // events are one series per operation (article and date); other kinds one per metric, kind and unit
        var operation = series.Key.KindName == "Event" && series.Points.Count > 0
            ? (series.Points[0].Article ?? "") + " " + FigureText.Date(series.Points[0].AsOf) : "";
        var seriesVerdict = Verdict(Rules.SeriesVerdict, series.Key.Metric, series.Key.KindName, series.Key.UnitName, operation);
        Describe(seriesVerdict, Rules.SeriesVerdict, series.Verdict, series.Key.Metric, series.Points.Select(p => p.Claim),
            SeriesExplanation(series));
        if (series.Key.Kind is not null) Add(seriesVerdict, KindProperty, new Iri(series.Key.Kind));
        if (series.Key.Unit is not null) Add(seriesVerdict, UnitProperty, new Iri(series.Key.Unit));

        foreach (var finding in series.Findings)
        {
            var iri = Verdict([finding.Rule, .. finding.Claims.Order(StringComparer.Ordinal)]);
            if (!_findingsWritten.Add(iri.Value)) continue;   // a possible conflict belongs to two series
            Describe(iri, finding.Rule, finding.Type, series.Key.Metric, finding.Claims, finding.Explanation);
        }
    }

    public void End() { }

    /// <summary>Replaces the verdicts graph of the store with these verdicts, in one transaction.</summary>
    public void ReplaceIn(IQuadStore store)
    {
        using var transaction = store.BeginTransaction();
        transaction.ClearGraph(Graph);
        transaction.Add(new QuadBatch(_quads));   // a batch: each quad is not checked as it comes (tens of thousands of series)
        transaction.Commit();
    }

    private static string SeriesExplanation(Series series)
    {
        var figures = string.Join("; ", series.Points.Select(p => $"{FigureText.Interval(p)} as of {FigureText.Date(p.AsOf)}"));
        return series.Verdict switch
        {
            SeriesVerdicts.Conflict => $"{series.Label}: figures conflict ({figures}).",
            SeriesVerdicts.PossibleConflict => $"{series.Label}: possible conflict, to be checked ({figures}).",
            SeriesVerdicts.Single => $"{series.Label}: one figure only ({figures}); nothing to compare.",
            _ => series.Key.IsCumulative
                ? $"{series.Label}: the figures never fall ({figures}), read as intervals."
                : $"{series.Label}: no two figures disagree ({figures}).",
        };
    }

    private void Describe(Iri verdict, string rule, string type, string metric, IEnumerable<string> inputs, string explanation)
    {
        Add(verdict, Vocab.Rdf.Type, VerdictClass);
        Add(verdict, RuleProperty, new Iri(rule));
        Add(verdict, TypeProperty, Literal.String(type));
        Add(verdict, MetricProperty, new Iri(metric));
        Add(verdict, ExplanationProperty, Literal.LangTagged(explanation, "en"));
        foreach (var input in inputs.Distinct(StringComparer.Ordinal)) Add(verdict, InputProperty, new Iri(input));
        if (_provenance is not null)
        {
            Add(verdict, StoreVersionProperty, Literal.Integer(_provenance.StoreVersion));
            Add(verdict, GeneratedAt, Literal.Typed(_provenance.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'",
                System.Globalization.CultureInfo.InvariantCulture), Vocab.Xsd.DateTime));
        }
    }

    private void Add(Iri subject, Iri predicate, Term value) => _quads.Add(new Quad(subject, predicate, value, Graph));

    /// <summary>A stable IRI from the parts that identify the verdict, so reruns give the same IRIs.</summary>
    private static Iri Verdict(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", parts)));
        return new Iri(VerdictBase + Convert.ToHexStringLower(hash.AsSpan(0, 12)));
    }
}
