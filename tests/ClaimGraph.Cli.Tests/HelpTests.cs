namespace ClaimGraph.Cli.Tests;

[Collection("cli")]
public class HelpTests
{
    public static TheoryData<string> Verbs()
    {
        var data = new TheoryData<string>();
        foreach (var command in Program.BuildRootCommand().Subcommands) data.Add(command.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Every_verb_has_help_with_a_description(string verb)
    {
        var outcome = CliRunner.Run(verb, "--help");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Usage:", outcome.Out);
        Assert.Contains(" " + verb + " ", outcome.Out);   // "Usage: <exe> VERB [options]"; the exe is the test host here
        var command = Program.BuildRootCommand().Subcommands.Single(c => c.Name == verb);
        Assert.False(string.IsNullOrWhiteSpace(command.Description));
    }

    [Fact]
    public void Unknown_verb_is_an_error()
    {
        var outcome = CliRunner.Run("frobnicate");
        Assert.NotEqual(0, outcome.ExitCode);
    }
}
