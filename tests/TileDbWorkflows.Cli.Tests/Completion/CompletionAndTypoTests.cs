using System.Text.Json;
using TileDbWorkflows.Cli.Tests.Support;

namespace TileDbWorkflows.Cli.Tests.Completion;

/// <summary>Shell completion through System.CommandLine's suggest directive, "did you mean", and <c>--json</c> errors.</summary>
public sealed class CompletionAndTypoTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Theory]
    [InlineData("bash", "complete -o default -F _tdbw_complete tdbw")]
    [InlineData("zsh", "compdef _tdbw_complete tdbw")]
    [InlineData("fish", "complete -c tdbw")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName tdbw")]
    public async Task Completion_prints_a_script_that_calls_the_suggest_directive(string shell, string hook)
    {
        using var profile = new TempProfile();

        var result = await profile.RunAsync("completion", shell);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(hook, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("[suggest:", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_suggest_directive_completes_commands_and_options()
    {
        // A real process: the directive writes to the process's console, as the shell scripts read it.
        var commands = await RunTdbwAsync("[suggest:4]", "arra");
        var options = await RunTdbwAsync("[suggest:16]", "arrays list --pe");

        Assert.Contains("arrays", commands);
        Assert.Contains("--per-page", options);
    }

    private static async Task<string[]> RunTdbwAsync(params string[] args)
    {
        using var home = new TempProfile();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "tdbw.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["HOME"] = home.Dir;
        start.Environment["DOTNET_CLI_HOME"] = home.Dir;
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(deadline.Token);
        Assert.True(process.ExitCode == 0, stdout);
        return stdout.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task A_typo_gets_a_did_you_mean_and_exit_code_2()
    {
        using var profile = new TempProfile();

        var command = await profile.RunAsync("arays", "list");
        var option = await profile.RunAsync("arrays", "list", "--per-pag", "3");

        Assert.Equal(2, command.ExitCode);
        Assert.Contains("Did you mean 'arrays'?", command.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, option.ExitCode);
        Assert.Contains("Did you mean '--per-page'?", option.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_json_an_error_is_one_json_object_on_stderr()
    {
        using var profile = await emulator.LoggedInAsync();

        var result = await profile.RunAsync("arrays", "info", "tiledb://demo/" + EmulatorFixture.Unique("missing"), "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout.Trim());
        using var error = JsonDocument.Parse(result.Stderr.Trim());
        Assert.Equal(404, error.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.Number, error.RootElement.GetProperty("code").ValueKind);
        Assert.False(string.IsNullOrEmpty(error.RootElement.GetProperty("message").GetString()));
        Assert.True(error.RootElement.TryGetProperty("request_id", out _));
    }
}
