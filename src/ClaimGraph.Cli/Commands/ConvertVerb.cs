using System.CommandLine;
using System.Text;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Syntax;

namespace ClaimGraph.Cli.Commands;

/// <summary>`claimgraph convert FILE --to FORMAT`: rewrites an RDF file in another syntax, to standard output.</summary>
public sealed class ConvertVerb : IVerb
{
    public int Order => 800;

    public Command Build()
    {
        var file = new Argument<string>("file") { Description = "RDF file to read (.nt, .nq, .ttl, .trig; '-' for standard input with --from)" };
        var to = new Option<string>("--to")
        {
            Description = "Output syntax: ntriples, nquads, turtle or trig (N-Triples and Turtle drop graph names)",
            Required = true,
            HelpName = "FORMAT",
        };
        var from = new Option<string?>("--from") { Description = "Input syntax, when the file extension does not say it", HelpName = "FORMAT" };
        var baseIri = new Option<string?>("--base") { Description = "Base IRI for relative IRIs (default: the file's file: IRI)", HelpName = "IRI" };

        var command = new Command("convert",
            "Convert an RDF file between N-Triples, N-Quads, Turtle and TriG, writing to standard output. " +
            "Blank-node labels and (for Turtle and TriG) prefixes are kept.")
        {
            file, to, from, baseIri,
        };
        command.SetAction(pr => VerbRunner.Run(() => Run(pr.GetValue(file)!, pr.GetValue(to)!, pr.GetValue(from), pr.GetValue(baseIri))));
        return command;
    }

    private static int Run(string path, string toName, string? fromName, string? baseIri)
    {
        var target = Format(toName, "--to");
        var source = fromName is null ? null : Format(fromName, "--from");
        if (baseIri is not null && !ClaimGraph.Rdf.Iris.IriReference.HasScheme(baseIri))
            throw new UserError($"--base {baseIri}: not an absolute IRI");

        var options = new RdfReaderOptions { BaseIri = baseIri, KeepBlankNodeLabels = true };
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        try
        {
            using var reader = path == "-"
                ? (source ?? throw new UserError("reading standard input needs --from FORMAT"))
                    .CreateReader(Console.OpenStandardInput(), options with { SourceName = "<stdin>" })
                : RdfFile.OpenReader(path, source, options);
            // Turtle and TriG writers group by subject and need the prefixes, which a reader only knows
            // once it has read them: those two read everything first; the line formats stream.
            bool groupsSubjects = target == RdfFormat.Turtle || target == RdfFormat.TriG;
            List<Quad>? all = groupsSubjects ? reader.ReadQuads().ToList() : null;
            using var writer = target.CreateWriter(stdout, new ClaimGraph.Rdf.Writing.RdfWriterOptions { Prefixes = reader.Prefixes });
            writer.WriteQuads(all ?? reader.ReadQuads());
        }
        catch (RdfSyntaxException e)
        {
            stdout.Flush();
            throw new UserError(e.Message);
        }
        stdout.Flush();
        return 0;
    }

    private static RdfFormat Format(string name, string option) =>
        RdfFormat.FromName(name) ?? throw new UserError($"{option} {name}: unknown format (use {string.Join(", ", RdfFormat.All.Select(f => f.Name))})");
}
