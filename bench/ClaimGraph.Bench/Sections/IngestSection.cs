using ClaimGraph.Bench.Runner;

namespace ClaimGraph.Bench.Sections;

public sealed class IngestSection : IBenchSection
{
    public string Name => "ingest";

    public void Run(BenchContext ctx)
    {
        ctx.Report.Section("Ingest");
        ctx.Report.NotAvailable("ingest");
    }
}
