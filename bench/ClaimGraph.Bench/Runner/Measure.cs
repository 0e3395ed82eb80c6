using System.Diagnostics;

namespace ClaimGraph.Bench.Runner;

/// <summary>Stopwatch timing for the macro benchmarks.</summary>
public static class Measure
{
    public static TimeSpan Time(Action action)
    {
        var sw = Stopwatch.StartNew();
        action();
        return sw.Elapsed;
    }

    public static (T Result, TimeSpan Elapsed) Time<T>(Func<T> func)
    {
        var sw = Stopwatch.StartNew();
        T result = func();
        return (result, sw.Elapsed);
    }

    /// <summary>
    /// Wall time and this process's CPU time (all threads). On a busy shared machine the CPU time of
    /// single-threaded work is the steadier figure: it does not count time spent waiting for a core.
    /// </summary>
    public static (TimeSpan Wall, TimeSpan Cpu) TimeWithCpu(Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        action();
        var wall = sw.Elapsed;
        process.Refresh();
        return (wall, process.TotalProcessorTime - cpu0);
    }

    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.OrderBy(v => v).ToArray();
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>A full, compacting collection, so that GC.GetTotalMemory reads live data only.</summary>
    public static long LiveBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
