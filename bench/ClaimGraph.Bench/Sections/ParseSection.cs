using ClaimGraph.Bench.Runner;
using ClaimGraph.Rdf.Syntax;

namespace ClaimGraph.Bench.Sections;

/// <summary>
/// RDF parse rate on claim-like N-Triples, one thread, statements counted and dropped; next to
/// Jena's riot --count --time on the same file (its figure excludes JVM start, includes JIT warm-up,
/// so it is compared with our first, cold run).
/// </summary>
public sealed class ParseSection : IBenchSection
{
    public string Name => "parse";

    public void Run(BenchContext ctx)
    {
        var r = ctx.Report;
        r.Section("RDF parse (N-Triples, one thread)");
        r.Table("size", "file", "ClaimGraph cold", "ClaimGraph warm", "warm, per CPU second", "Jena riot", "ClaimGraph vs Jena (cold)");
        foreach (long size in ctx.Options.Sizes)
        {
            string file = ctx.Data.Statements(size, quads: false);
            var (cold, n) = Parse(file);
            TimeSpan warm = default;
            var (_, warmCpu) = Measure.TimeWithCpu(() => warm = Parse(file).Elapsed);
            double oursCold = n / cold.TotalSeconds, oursWarm = n / warm.TotalSeconds;
            var jena = ctx.Jena?.Parse(file);
            r.Row(Sizes(size), $"{new FileInfo(file).Length / (1024 * 1024)} MiB",
                $"{Report.Rate(oursCold)} ({Report.Seconds(cold)})", $"{Report.Rate(oursWarm)} ({Report.Seconds(warm)})", Report.Rate(n / warmCpu.TotalSeconds),
                jena is { } j ? $"{Report.Rate(j.Statements / j.Seconds)} ({j.Seconds:0.00} s)" : "-",
                jena is { } j2 ? Report.VersusTime(cold.TotalSeconds, j2.Seconds) : "-");
        }
        r.Note("Rates are statements per second. 'x× faster' means ClaimGraph takes 1/x of Jena's time.");
    }

    private static (TimeSpan Elapsed, long Count) Parse(string file)
    {
        var (count, elapsed) = Measure.Time(() =>
        {
            long n = 0;
            foreach (var _ in RdfFile.ReadQuads(file)) n++;
            return n;
        });
        return (elapsed, count);
    }

    internal static string Sizes(long n) => Generation.Sizes.Format(n);
}
