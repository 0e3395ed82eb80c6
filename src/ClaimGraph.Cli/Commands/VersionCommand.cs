using System.CommandLine;

namespace ClaimGraph.Cli.Commands;

/// <summary>`claimgraph about`: what this build is.</summary>
public static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("about", "Print the version of ClaimGraph and of the runtime it runs on.");
        command.SetAction(_ =>
        {
            var version = typeof(VersionCommand).Assembly.GetName().Version;
            Console.WriteLine($"claimgraph {version} on .NET {Environment.Version}");
            return 0;
        });
        return command;
    }
}
