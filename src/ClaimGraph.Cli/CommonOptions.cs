using System.CommandLine;

namespace ClaimGraph.Cli;

/// <summary>Options shared by several verbs, so they are spelled and defaulted one way.</summary>
public static class CommonOptions
{
    public const string DefaultStoreDirectory = ".claimgraph";

    /// <summary>`--store DIR`: the embedded store's folder, ./.claimgraph by default.</summary>
    public static Option<DirectoryInfo> Store() => new("--store")
    {
        Description = "Folder of the embedded store",
        HelpName = "DIR",
        DefaultValueFactory = _ => new DirectoryInfo(DefaultStoreDirectory),
    };
}

/// <summary>
/// An error to show the user as one plain line (no stack trace), with the exit code to return.
/// Throw it from a verb; <see cref="VerbRunner"/> prints it.
/// </summary>
public sealed class UserError(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

/// <summary>Runs a verb's body, turning <see cref="UserError"/> and cancellation into a message and an exit code.</summary>
public static class VerbRunner
{
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UserError e)
        {
            Console.Error.WriteLine("claimgraph: " + e.Message);
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("claimgraph: cancelled");
            return 130;
        }
    }
}
