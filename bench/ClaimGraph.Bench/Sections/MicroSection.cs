using ClaimGraph.Bench.Runner;

namespace ClaimGraph.Bench.Sections;

public sealed class MicroSection : IBenchSection
{
    public string Name => "micro";

    public void Run(BenchContext ctx)
    {
        ctx.Report.Section("Micro");
        ctx.Report.NotAvailable("micro");
    }
}
