using System.CommandLine;

namespace ClaimGraph.Cli.Commands;

/// <summary>`claimgraph about`: what this build is.</summary>
public sealed class AboutVerb : IVerb
{
    public int Order => 1000;

    public Command Build()
    {
        var command = new Command("about", "Print the version of ClaimGraph and of the runtime it runs on.");
        command.SetAction(_ =>
        {
            var version = typeof(AboutVerb).Assembly.GetName().Version;
            Console.WriteLine($"claimgraph {version} on .NET {Environment.Version}");
            return 0;
        });
        return command;
    }
}
