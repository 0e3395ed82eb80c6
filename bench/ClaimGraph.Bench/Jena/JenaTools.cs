using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimGraph.Bench.Jena;

/// <summary>One Jena query timing from the harness: cold run, median warm run, rows; or an error.</summary>
public sealed record JenaQueryTiming(string File, double ColdMs, double WarmMs, long Rows, string? Error);

/// <summary>
/// Runs Apache Jena 4.5.0 (Debian's libapache-jena-java) the way the shared tools do: the class path
/// and the fix for Debian's broken jar come from ../shared/tools/jena-env.sh; riot parses, tdbloader
/// bulk-loads, and our small harness (jena/JenaQueryBench.java, compiled here with javac) times
/// queries in one JVM with warm repeats.
/// </summary>
public sealed partial class JenaTools
{
    private readonly string _classPath;
    private readonly string _harnessDir;

    private JenaTools(string classPath, string harnessDir, string version)
    {
        _classPath = classPath;
        _harnessDir = harnessDir;
        Version = version;
    }

    public string Version { get; }

    /// <summary>JVM heap for the Jena runs; Jena needs about 2.5 GB per million triples in memory.</summary>
    public string MaxHeap { get; init; } = "-Xmx12g";

    /// <summary>Finds the tools and Java and compiles the harness; null (with the reason printed) when Jena cannot run here.</summary>
    public static JenaTools? TryCreate(string repoRoot, string workFolder, out string reason)
    {
        string? tools = FindTools(repoRoot);
        if (tools is null) { reason = "../shared/tools/jena-env.sh not found (set CLAIMGRAPH_TOOLS)"; return null; }
        var env = Run("bash", ["-c", $"source '{tools}/jena-env.sh' >/dev/null && echo \"$JENA_CP\""], TimeSpan.FromMinutes(1));
        string cp = env.Stdout.Trim();
        if (env.ExitCode != 0 || cp.Length == 0)
        {
            reason = "jena-env.sh failed: " + env.Stderr.Trim().Split('\n').LastOrDefault()
                + " (apt-get install -y --no-install-recommends libapache-jena-java)";
            return null;
        }
        string harnessSource = Path.Combine(AppContext.BaseDirectory, "jena", "JenaQueryBench.java");
        string harnessDir = Directory.CreateDirectory(Path.Combine(workFolder, "jena-harness")).FullName;
        var javac = Run("javac", ["-nowarn", "-d", harnessDir, "-cp", cp, harnessSource], TimeSpan.FromMinutes(2));
        if (javac.ExitCode != 0) { reason = "javac failed: " + javac.Stderr.Trim(); return null; }
        var version = Run("java", ["-cp", cp, "riotcmd.riot", "--version"], TimeSpan.FromMinutes(1));
        var java = Run("java", ["-version"], TimeSpan.FromMinutes(1));
        string jenaVersion = Regex.Match(version.Stdout + version.Stderr, @"VERSION:\s*(\S+)").Groups[1].Value;
        string javaVersion = java.Stderr.Split('\n').FirstOrDefault()?.Trim() ?? "java";
        reason = "";
        return new JenaTools(cp, harnessDir, $"{javaVersion}, Jena {jenaVersion}");
    }

    /// <summary>riot --count --time: parse seconds and statement count as riot reports them (JVM start excluded).</summary>
    public (double Seconds, long Statements)? Parse(string file)
    {
        var r = Java(["riotcmd.riot", "--count", "--time", file], TimeSpan.FromMinutes(30));
        var m = ParseLine().Match(r.Stdout + r.Stderr);
        if (!m.Success) return null;
        return (double.Parse(m.Groups[1].Value.Replace(",", ""), CultureInfo.InvariantCulture),
                long.Parse(m.Groups[2].Value.Replace(",", ""), CultureInfo.InvariantCulture));
    }

    /// <summary>tdb2.tdbloader (phased) into a fresh folder: the loader's own time when it logs one, else wall time minus JVM start.</summary>
    public (double Seconds, bool FromLog)? LoadTdb2(string file, string dbFolder)
    {
        if (Directory.Exists(dbFolder)) Directory.Delete(dbFolder, recursive: true);
        Directory.CreateDirectory(dbFolder);
        var sw = Stopwatch.StartNew();
        var r = Java(["tdb2.tdbloader", "--loc=" + dbFolder, "--loader=phased", file], TimeSpan.FromMinutes(60), logLevel: "info");
        double wall = sw.Elapsed.TotalSeconds;
        if (r.ExitCode != 0) return null;
        var m = LoaderTime().Matches(r.Stdout + r.Stderr).LastOrDefault();
        if (m is not null) return (double.Parse(m.Groups[1].Value.Replace(",", ""), CultureInfo.InvariantCulture), true);
        return (wall - StartupSeconds(), false);
    }

    /// <summary>Seconds a JVM needs to start and print Jena's version; what wall times of Jena commands include.</summary>
    public double StartupSeconds()
    {
        if (_startup is null)
        {
            var sw = Stopwatch.StartNew();
            Java(["riotcmd.riot", "--version"], TimeSpan.FromMinutes(1));
            _startup = sw.Elapsed.TotalSeconds;
        }
        return _startup.Value;
    }

    private double? _startup;

    /// <summary>Runs every query in one JVM over a TDB2 folder; yields each timing as it arrives.</summary>
    public IEnumerable<(string Kind, JenaQueryTiming? Timing, double LoadMs)> Queries(string tdb2Folder, IEnumerable<string> queryFiles, int runs, int timeoutSeconds)
    {
        var args = new List<string> { "JenaQueryBench", "--tdb2", tdb2Folder, "--warmup", "2", "--runs", runs.ToString(CultureInfo.InvariantCulture), "--timeout", timeoutSeconds.ToString(CultureInfo.InvariantCulture) };
        args.AddRange(queryFiles);
        var psi = JavaStart(args, "warn", withHarness: true);
        using var p = Process.Start(psi)!;
        p.ErrorDataReceived += (_, _) => { };
        p.BeginErrorReadLine();
        string? line;
        while ((line = p.StandardOutput.ReadLine()) is not null)
        {
            var f = line.Split('\t');
            double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
            switch (f[0])
            {
                case "load": yield return ("load", null, D(f[1])); break;
                case "query": yield return ("query", new JenaQueryTiming(f[1], D(f[2]), D(f[3]), long.Parse(f[4], CultureInfo.InvariantCulture), null), 0); break;
                case "error": yield return ("query", new JenaQueryTiming(f[1], double.NaN, double.NaN, -1, f.Length > 2 ? f[2] : "error"), 0); break;
            }
        }
        p.WaitForExit();
    }

    private (int ExitCode, string Stdout, string Stderr) Java(IEnumerable<string> args, TimeSpan timeout, string logLevel = "warn") =>
        Run(JavaStart(args, logLevel, withHarness: false), timeout);

    private ProcessStartInfo JavaStart(IEnumerable<string> args, string logLevel, bool withHarness)
    {
        var psi = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(MaxHeap);
        psi.ArgumentList.Add("-Dorg.slf4j.simpleLogger.defaultLogLevel=" + logLevel);
        psi.ArgumentList.Add("-cp");
        psi.ArgumentList.Add(withHarness ? _classPath + ":" + _harnessDir : _classPath);
        foreach (var a in args) psi.ArgumentList.Add(a);
        return psi;
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string file, IEnumerable<string> args, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        return Run(psi, timeout);
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(ProcessStartInfo psi, TimeSpan timeout)
    {
        try
        {
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(timeout))
            {
                p.Kill(entireProcessTree: true);
                return (-1, stdout.Result, "timed out after " + timeout);
            }
            return (p.ExitCode, stdout.Result, stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, "", e.Message);
        }
    }

    private static string? FindTools(string repoRoot)
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("CLAIMGRAPH_TOOLS"),
            Path.Combine(repoRoot, "..", "shared", "tools"),
            "/work/shared/tools",
        };
        return candidates.Where(c => !string.IsNullOrEmpty(c) && File.Exists(Path.Combine(c!, "jena-env.sh")))
            .Select(c => Path.GetFullPath(c!)).FirstOrDefault();
    }

    [GeneratedRegex(@":\s*([\d.,]+)\s*sec\s*:\s*([\d,]+)\s*(?:Triples|Quads)")]
    private static partial Regex ParseLine();

    [GeneratedRegex(@"Time\s*=\s*([\d.,]+)\s*seconds")]
    private static partial Regex LoaderTime();
}
