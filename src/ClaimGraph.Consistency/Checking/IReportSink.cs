using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.Checking;

/// <summary>
/// Receives the series of one check as they stream out of the store, one at a time, so that a report
/// over a large store never holds every series at once. Writers, the verdict graph and the summary are sinks.
/// </summary>
public interface IReportSink
{
    void Begin(ReportProvenance provenance);
    void Add(Series series);
    void End();
}

/// <summary>Keeps every series in memory: for tests and for small stores.</summary>
public sealed class SeriesCollector : IReportSink
{
    public ReportProvenance? Provenance { get; private set; }
    public List<Series> Series { get; } = [];

    public void Begin(ReportProvenance provenance) => Provenance = provenance;
    public void Add(Series series) => Series.Add(series);
    public void End() { }
}
