using System.Text.Json;
using System.Text.RegularExpressions;
using TileDbWorkflows.Cli.Tests.Support;
using TileDbWorkflows.Testing;

namespace TileDbWorkflows.Cli.Tests.Workflows;

/// <summary>Ctrl+C in a watch stops the watching only: exit 130 and the command that re-attaches.</summary>
public sealed class WatchInterruptTests : WorkerStubTest
{
    private async Task<CliResult> InterruptedWatchAsync(params string[] extra)
    {
        Worker.Script(WorkerStub.Status("onboarding-long", "Running"));
        using var ctrlC = new CancellationTokenSource();
        var run = Profile.RunUntilAsync(null, null, ["workflows", "watch", "onboarding-long", .. extra], ctrlC.Token);
        await Eventually.WaitUntilAsync(
            () => Worker.Requests.Count(r => r.Path == "/api/workflows/onboarding-long") >= 2 || run.IsCompleted, TimeSpan.FromSeconds(30), "two polls of the watch");
        await ctrlC.CancelAsync();
        return await run;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Ctrl_c_exits_130_and_prints_the_command_that_re_attaches(bool terminal)
    {
        Profile.Terminal = terminal;

        var result = await InterruptedWatchAsync("--endpoint", Worker.Endpoint);

        Assert.True(result.ExitCode == 130, result.ToString());
        // A terminal gets colour and wraps at its width: compare the words.
        var words = Regex.Replace(Regex.Replace(result.Stderr, @"\x1b\[[0-9;]*m", string.Empty), @"\s+", " ");
        Assert.Contains($"Re-attach with: tdbw workflows watch onboarding-long --endpoint {Worker.Endpoint}", words, StringComparison.Ordinal);
        Assert.DoesNotContain(WorkerStub.Key, result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_json_the_interruption_is_one_json_error()
    {
        var result = await InterruptedWatchAsync("--json");

        Assert.Equal(130, result.ExitCode);
        var message = JsonDocument.Parse(result.Stderr).RootElement.GetProperty("message").GetString();
        Assert.Equal("stopped watching workflow onboarding-long; it keeps running. Re-attach with: tdbw workflows watch onboarding-long", message);
    }

    [Fact]
    public async Task Watch_help_says_what_ctrl_c_does_with_an_example()
    {
        var help = await Profile.RunAsync("workflows", "watch", "--help");
        Assert.Contains("Ctrl+C stops watching (exit 130)", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("tdbw workflows watch onboarding-demo", help.Stdout, StringComparison.Ordinal);
    }
}
