using ClaimGraph.Bench.Runner;

namespace ClaimGraph.Bench.Sections;

public sealed class QuerySection : IBenchSection
{
    public string Name => "query";

    public void Run(BenchContext ctx)
    {
        ctx.Report.Section("Query");
        ctx.Report.NotAvailable("query");
    }
}
