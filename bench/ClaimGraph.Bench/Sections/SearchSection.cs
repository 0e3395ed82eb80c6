using ClaimGraph.Bench.Runner;

namespace ClaimGraph.Bench.Sections;

public sealed class SearchSection : IBenchSection
{
    public string Name => "search";

    public void Run(BenchContext ctx)
    {
        ctx.Report.Section("Search");
        ctx.Report.NotAvailable("search");
    }
}
