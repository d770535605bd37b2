using System.Diagnostics;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Worker.Tests.Support;

namespace TileDbWorkflows.Worker.Tests.Plans;

/// <summary>
/// <c>tdbw plan</c> / <c>tdbw apply</c> as a user runs them: the built CLI as a process, against the whole worker
/// (in-memory Durable Task backend) and the emulator as TileDB Cloud, on samples/onboarding.json.
/// </summary>
public sealed class PlanApplyCliEndToEndTests : IAsyncLifetime
{
    private readonly DirectoryInfo profile = Directory.CreateTempSubdirectory("tdbw-plan-");
    private EmulatorServer emulator = null!;
    private RunningWorker worker = null!;

    public async Task InitializeAsync()
    {
        emulator = await EmulatorServer.StartAsync();
        worker = await RunningWorker.StartWorkflowWorkerAsync(new Dictionary<string, string?>
        {
            ["TileDb:ServerAddress"] = emulator.BaseAddress.ToString().TrimEnd('/'),
            ["TileDb:ApiToken"] = "demo-token",
            ["TileDb:UseConfigFile"] = "false",
            ["Worker:AllowAnonymousLoopback"] = "true",
            ["Workflows:RetryFirstInterval"] = "00:00:00.2",
        });
    }

    public async Task DisposeAsync()
    {
        await worker.DisposeAsync();
        await emulator.DisposeAsync();
        profile.Delete(recursive: true);
    }

    [Fact]
    public async Task Plan_exits_2_with_every_change_apply_makes_them_and_plan_again_exits_0()
    {
        var sample = Path.Combine(RepoRoot.Path, "samples", "onboarding.json");

        var plan = await TdbwAsync("plan", sample);

        Assert.True(plan.ExitCode == 2, plan.ToString());
        Assert.Contains("Plan plan-", plan.Stdout, StringComparison.Ordinal);
        Assert.Contains("15 to create, 0 to update, 0 to delete", plan.Stdout, StringComparison.Ordinal);
        Assert.Contains("carol on tiledb://demo/weather_daily", plan.Stdout, StringComparison.Ordinal);
        Assert.Contains("access (effective, through groups too)", plan.Stdout, StringComparison.Ordinal);

        var apply = await TdbwAsync("apply", sample, "--auto-approve", "--watch");

        Assert.True(apply.ExitCode == 0, apply.ToString());
        Assert.Contains("Apply applied", apply.Stdout, StringComparison.Ordinal);

        var again = await TdbwAsync("plan", sample, "--json");

        Assert.True(again.ExitCode == 0, again.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(again.Stdout);
        Assert.Equal(0, json.RootElement.GetProperty("changes").GetArrayLength());

        var help = await TdbwAsync("plan", "--help");
        Assert.Contains("2  there are changes", help.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_state_file_is_exit_1_for_plan()
    {
        var bad = Path.Combine(profile.FullName, "bad.json");
        await File.WriteAllTextAsync(bad, """{ "namespace": 3 }""");

        var plan = await TdbwAsync("plan", bad);

        Assert.True(plan.ExitCode == 1, plan.ToString());
    }

    private sealed record Run(int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
    }

    private async Task<Run> TdbwAsync(params string[] args)
    {
        // The CLI built beside this test assembly's configuration (the test project builds it, without referencing it).
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepoRoot.Path, "src", "TileDbWorkflows.Cli", "bin", configuration, "net10.0", "tdbw.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        if (!args.Contains("--help"))
        {
            info.ArgumentList.Add("--endpoint");
            info.ArgumentList.Add(worker.Http.BaseAddress!.ToString().TrimEnd('/'));
        }
        info.ArgumentList.Add("--profile-dir");
        info.ArgumentList.Add(profile.FullName);
        info.Environment["HOME"] = profile.FullName;
        info.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(info)!;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var stdout = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var stderr = process.StandardError.ReadToEndAsync(deadline.Token);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new Run(process.ExitCode, await stdout, await stderr);
    }
}
