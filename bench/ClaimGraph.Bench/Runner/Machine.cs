using System.Runtime.InteropServices;

namespace ClaimGraph.Bench.Runner;

/// <summary>What machine the figures come from.</summary>
public static class Machine
{
    public static void Print(Report report, string? javaVersion)
    {
        report.Section("Machine");
        report.Table("what", "value");
        report.Row("cores", Environment.ProcessorCount.ToString(Report.Inv));
        report.Row("memory", $"{TotalMemoryGiB():0.0} GiB");
        report.Row("cpu", CpuModel());
        report.Row("os", RuntimeInformation.OSDescription);
        report.Row(".NET", RuntimeInformation.FrameworkDescription + (IsServerGc() ? " (server GC)" : " (workstation GC)"));
        report.Row("java / jena", javaVersion ?? "not found");
        report.Row("load average at start", LoadAverage());
        report.Row("date", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", Report.Inv));
        report.Flush();
    }

    public static string LoadAverage()
    {
        try { return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "?"; }
    }

    private static bool IsServerGc() => System.Runtime.GCSettings.IsServerGC;

    private static double TotalMemoryGiB() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);

    private static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException) { return RuntimeInformation.ProcessArchitecture.ToString(); }
    }
}
