using ClaimGraph.Bench.Runner;

namespace ClaimGraph.Bench.Sections;

public sealed class ReportSection : IBenchSection
{
    public string Name => "report";

    public void Run(BenchContext ctx)
    {
        ctx.Report.Section("Report");
        ctx.Report.NotAvailable("report");
    }
}
