using System.CommandLine;
using ClaimGraph.Conformance;

namespace ClaimGraph.Cli.Commands;

/// <summary>`claimgraph w3c MANIFEST... [--earl FILE]`: runs W3C test manifests and reports per manifest.</summary>
public sealed class W3cVerb : IVerb
{
    public int Order => 900;

    public Command Build()
    {
        var manifests = new Argument<string[]>("manifests")
        {
            Description = "W3C manifest files (manifest.ttl); mf:include is followed",
            Arity = ArgumentArity.OneOrMore,
        };
        var earl = new Option<FileInfo?>("--earl") { Description = "Also write an EARL report (Turtle) of every test run to this file", HelpName = "FILE" };
        var skipList = new Option<FileInfo?>("--skip-list") { Description = "File of tests not to run: one 'TEST-IRI reason' per line", HelpName = "FILE" };
        var verbose = new Option<bool>("--verbose") { Description = "List every test with its outcome, and the reasons of skipped tests" };

        var command = new Command("w3c",
            "Run W3C conformance test suites (RDF 1.1 syntaxes, SPARQL). Prints one line per manifest: " +
            "'<manifest>: N passed, N failed, N skipped', then each failure with its reason. Exits 1 if any test failed.")
        {
            manifests, earl, skipList, verbose,
        };
        command.SetAction(pr => VerbRunner.Run(() => Run(pr.GetValue(manifests)!, pr.GetValue(earl), pr.GetValue(skipList), pr.GetValue(verbose))));
        return command;
    }

    private static int Run(string[] manifestPaths, FileInfo? earl, FileInfo? skipListFile, bool verbose)
    {
        SkipList skips = SkipList.Empty;
        if (skipListFile is not null)
        {
            if (!skipListFile.Exists) throw new UserError($"{skipListFile.FullName}: no such skip-list file");
            try { skips = SkipList.Load(skipListFile.FullName); }
            catch (FormatException e) { throw new UserError(e.Message); }
        }

        var manifests = new List<Manifest>();
        foreach (var path in manifestPaths)
        {
            if (Directory.Exists(path)) throw new UserError($"{path}: is a folder; give the manifest file (e.g. {Path.Combine(path, "manifest.ttl")})");
            if (!File.Exists(path)) throw new UserError($"{path}: no such manifest file");
            try { manifests.Add(ManifestLoader.Load(path)); }
            catch (InvalidOperationException e) { throw new UserError(e.Message); }
        }

        var runner = new ManifestRunner(TestHandlerRegistry.CreateDefault(), skips);
        var all = new List<TestResult>();
        var failures = new List<TestResult>();
        for (int i = 0; i < manifests.Count; i++)
        {
            var results = runner.RunAll(manifests[i]);
            all.AddRange(results);
            failures.AddRange(results.Where(r => r.Outcome.Status == TestStatus.Failed));
            int passed = results.Count(r => r.Outcome.Status == TestStatus.Passed);
            int failed = results.Count(r => r.Outcome.Status == TestStatus.Failed);
            int skipped = results.Count(r => r.Outcome.Status == TestStatus.Skipped);
            Console.WriteLine($"{manifestPaths[i]}: {passed} passed, {failed} failed, {skipped} skipped");
            if (verbose)
                foreach (var r in results)
                    Console.WriteLine($"  {r.Outcome.Status.ToString().ToLowerInvariant(),-7} {r.Test.Id}{(r.Outcome.Reason is null ? "" : " — " + r.Outcome.Reason)}");
        }

        if (failures.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"{failures.Count} failed:");
            foreach (var f in failures) Console.WriteLine($"  {f.Test.Id} ({f.Test.Name}): {f.Outcome.Reason}");
        }

        if (earl is not null)
        {
            try
            {
                using var output = new StreamWriter(earl.FullName, append: false, new System.Text.UTF8Encoding(false));
                EarlReportWriter.Write(output, all, typeof(W3cVerb).Assembly.GetName().Version?.ToString() ?? "0");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserError($"{earl.FullName}: cannot write the EARL report: {e.Message}");
            }
        }
        return failures.Count > 0 ? 1 : 0;
    }
}
