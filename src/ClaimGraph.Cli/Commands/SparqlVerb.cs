using System.CommandLine;
using ClaimGraph.Rdf.Iris;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Syntax;
using ClaimGraph.Sparql;
using ClaimGraph.Sparql.Algebra;
using ClaimGraph.Sparql.Functions;
using ClaimGraph.Sparql.Optimizer;
using ClaimGraph.Sparql.Results;
using ClaimGraph.Store;

namespace ClaimGraph.Cli.Commands;

/// <summary>`claimgraph sparql`: runs a SPARQL 1.1 query on the store or on RDF files.</summary>
public sealed class SparqlVerb : IVerb
{
    public int Order => 30;

    public Command Build()
    {
        var queryFile = new Argument<string>("query") { Description = "File holding the SPARQL query, - to read it from standard input, or the query itself ('SELECT ... WHERE { ... }')" };
        var store = CommonOptions.Store();
        var data = new Option<string[]>("--data") { Description = "RDF file loaded into the default graph (repeatable); with --data or --named the query runs on these files, not the store", HelpName = "FILE" };
        var named = new Option<string[]>("--named") { Description = "RDF file loaded as a named graph named by the file's IRI (repeatable)", HelpName = "FILE" };
        var format = new Option<string?>("--format")
        {
            Description = "Output format: json, xml, csv, tsv or table for SELECT/ASK (default: table on a terminal, tsv otherwise); "
                          + "turtle, ntriples or nquads for CONSTRUCT/DESCRIBE (default: turtle when available, else ntriples)",
            HelpName = "FORMAT",
        };
        var explain = new Option<bool>("--explain") { Description = "Print the algebra before and after optimization instead of running the query" };
        var timeout = new Option<double?>("--timeout") { Description = "Stop the query after this many seconds (exit code 3)", HelpName = "SECONDS" };

        var command = new Command("sparql", "Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the store, or on RDF files given with --data/--named.")
        {
            queryFile, store, data, named, format, explain, timeout,
        };
        command.SetAction(pr => VerbRunner.Run(() => Run(
            pr.GetValue(queryFile)!, pr.GetValue(store)!, pr.GetValue(data) ?? [], pr.GetValue(named) ?? [],
            pr.GetValue(format), pr.GetValue(explain), pr.GetValue(timeout))));
        return command;
    }

    private static int Run(string queryFile, DirectoryInfo storeDir, string[] dataFiles, string[] namedFiles, string? format, bool explain, double? timeoutSeconds)
    {
        bool inline = IsQueryText(queryFile);
        string text = inline ? queryFile : ReadQueryText(queryFile);
        string sourceName = inline ? "<query>" : queryFile == "-" ? "<stdin>" : queryFile;
        Query query;
        try
        {
            query = SparqlParser.ParseQuery(text, inline || queryFile == "-" ? null : IriReference.FromFilePath(Path.GetFullPath(queryFile)));
        }
        catch (SparqlSyntaxException e)
        {
            throw new UserError($"{sourceName}:{e.Line}:{e.Column}: {e.Reason}", 2);
        }
        CheckFunctionsKnown(query, sourceName);

        if (timeoutSeconds is <= 0) throw new UserError("--timeout must be a positive number of seconds");
        var options = new QueryEngineOptions { Timeout = timeoutSeconds is double s ? TimeSpan.FromSeconds(s) : null };

        IQuadStore? storeToClose = null;
        IStoreSnapshot snapshot;
        if (dataFiles.Length > 0 || namedFiles.Length > 0)
        {
            var memory = QuadStoreFactory.InMemory();
            storeToClose = memory;
            LoadFiles(memory, dataFiles, namedFiles);
            snapshot = memory.OpenSnapshot();
        }
        else
        {
            if (!storeDir.Exists) throw new UserError($"no store at {storeDir.FullName} (create one with `claimgraph load` or `claimgraph ingest`, or give --data FILE)");
            try
            {
                storeToClose = QuadStoreFactory.OpenDirectory(storeDir.FullName);
            }
            catch (StoreException e)
            {
                throw new UserError(e.Message);
            }
            snapshot = storeToClose.OpenSnapshot();
            foreach (var function in PropertyFunctionsFor(storeDir.FullName)) options.PropertyFunctions.Add(function);
        }

        using (storeToClose)
        using (snapshot)
        {
            var engine = new QueryEngine(options);
            if (explain)
            {
                Console.Out.Write(engine.Explain(query, snapshot));
                return 0;
            }
            try
            {
                var result = engine.Execute(query, snapshot);
                var writer = ChooseWriter(result, format, query.Prefixes);
                using var output = BufferedOutput.ForConsole();
                writer.Write(result, output);
            }
            catch (QueryTimeoutException e)
            {
                throw new UserError($"{sourceName}: {e.Message} (raise --timeout to let it run longer)", 3);
            }
            catch (SparqlEvaluationException e)
            {
                throw new UserError($"{sourceName}: {e.Message}");
            }
        }
        return 0;
    }

    /// <summary>The argument is the query itself, not a file: no such file or folder, and it reads like SPARQL (a group or a query keyword).</summary>
    private static bool IsQueryText(string argument)
    {
        if (argument == "-" || File.Exists(argument) || Directory.Exists(argument)) return false;
        var start = argument.TrimStart();
        return argument.Contains('{')
            || new[] { "SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "PREFIX", "BASE" }.Any(keyword => start.StartsWith(keyword + " ", StringComparison.OrdinalIgnoreCase));
    }

    private static string ReadQueryText(string queryFile)
    {
        if (queryFile == "-") return Console.In.ReadToEnd();
        if (Directory.Exists(queryFile)) throw new UserError($"{queryFile}: is a folder, not a query file");
        if (!File.Exists(queryFile)) throw new UserError($"{queryFile}: no such file");
        try
        {
            return File.ReadAllText(queryFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"{queryFile}: cannot be read: {e.Message}");
        }
    }

    /// <summary>A call to a function nobody implements is almost always a typo: say so before running.</summary>
    private static void CheckFunctionsKnown(Query query, string sourceName)
    {
        var unknown = new List<string>();
        void Visit(Expr e)
        {
            switch (e)
            {
                case CallExpr c:
                    if (c.Name.Contains(':') && !BuiltInFunctions.IsKnown(c.Name)) unknown.Add(c.Name);
                    foreach (var a in c.Args) Visit(a);
                    break;
                case ExistsExpr x: QueryOptimizer.Transform(x.Pattern, VisitOp); break;
                case AggregateExpr a when a.Arg is not null: Visit(a.Arg); break;
            }
        }
        Op VisitOp(Op op)
        {
            switch (op)
            {
                case FilterOp f: foreach (var e in f.Exprs) Visit(e); break;
                case ExtendOp x: Visit(x.Expr); break;
                case LeftJoinOp { Filter: not null } l: Visit(l.Filter); break;
                case OrderByOp o: foreach (var c in o.Conditions) Visit(c.Expr); break;
                case GroupOp g:
                    foreach (var k in g.Keys) Visit(k.Expr);
                    foreach (var a in g.Aggregates) Visit(a.Aggregate);
                    break;
            }
            return op;
        }
        QueryOptimizer.Transform(query.Algebra, VisitOp);
        if (unknown.Count > 0) throw new UserError($"{sourceName}: unknown function <{unknown[0]}>", 2);
    }

    private static void LoadFiles(IQuadStore store, string[] dataFiles, string[] namedFiles)
    {
        using var tx = store.BeginTransaction();
        try
        {
            foreach (var file in dataFiles)
                foreach (var quad in RdfFile.ReadQuads(file))
                    tx.Add(quad);
            foreach (var file in namedFiles)
            {
                var graph = new Iri(IriReference.FromFilePath(Path.GetFullPath(file)));
                foreach (var quad in RdfFile.ReadQuads(file))
                    tx.Add(quad with { Graph = graph });
            }
        }
        catch (RdfSyntaxException e)
        {
            throw new UserError(e.Message);
        }
        tx.Commit();
    }

    private static IEnumerable<IPropertyFunction> PropertyFunctionsFor(string storeDirectory)
    {
        // The ClaimGraph assemblies this program references, loaded now: one that no verb has touched yet is not loaded.
        var providers = typeof(SparqlVerb).Assembly.GetReferencedAssemblies()
            .Where(a => a.Name?.StartsWith("ClaimGraph", StringComparison.Ordinal) == true)
            .Select(System.Reflection.Assembly.Load)
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(IPropertyFunctionProvider).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false } && t.GetConstructor(Type.EmptyTypes) is not null);
        foreach (var type in providers)
            foreach (var function in ((IPropertyFunctionProvider)Activator.CreateInstance(type)!).Create(storeDirectory))
                yield return function;
    }

    private static IResultsWriter ChooseWriter(QueryResult result, string? format, IReadOnlyDictionary<string, string> prefixes)
    {
        bool graph = result is GraphResult;
        string name = format ?? (graph
            ? (ResultsFormats.Writer("turtle", prefixes) is not null ? "turtle" : "ntriples")
            : Console.IsOutputRedirected ? "tsv" : "table");
        var writer = ResultsFormats.Writer(name, prefixes)
            ?? throw new UserError($"unknown --format '{name}' (SELECT/ASK: {string.Join(", ", ResultsFormats.SolutionFormats)}; CONSTRUCT/DESCRIBE: {string.Join(", ", ResultsFormats.GraphFormats)})");
        if (!writer.CanWrite(result))
            throw new UserError($"--format {name} cannot write {(graph ? "a graph (CONSTRUCT/DESCRIBE)" : "solutions (SELECT/ASK)")}; use {string.Join(", ", graph ? ResultsFormats.GraphFormats : ResultsFormats.SolutionFormats)}");
        return writer;
    }
}
