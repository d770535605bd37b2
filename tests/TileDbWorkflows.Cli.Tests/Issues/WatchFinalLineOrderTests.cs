using TileDbWorkflows.Cli.Tests.Support;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Cli.Tests.Issues;

/// <summary>
/// Issue 15: a non-terminal <c>--watch</c> printed <c>&lt;id&gt;: Completed</c> and then the last phase counts, so a
/// log read as if work went on after the workflow ended.
/// </summary>
public sealed class WatchFinalLineOrderTests : WorkerStubTest
{
    [Fact]
    public async Task Completed_comes_after_the_last_phase_line()
    {
        Worker.Script(
            WorkerStub.Status("onboarding-order", "Running", new WorkflowProgress("arrays", [new PhaseProgress("arrays", 1, 2, 0)])),
            WorkerStub.Status("onboarding-order", "Completed", new WorkflowProgress("arrays", [new PhaseProgress("arrays", 2, 2, 0)]), new WorkflowReport("OnboardingOrchestrator", false, [])));

        var result = await Profile.RunAsync("workflows", "watch", "onboarding-order");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n').Select(l => l.TrimEnd()).ToList();
        var running = lines.IndexOf("onboarding-order: Running");
        var last = lines.IndexOf("  arrays 2/2");
        var completed = lines.IndexOf("onboarding-order: Completed");
        Assert.True(running >= 0 && last > running && completed > last, result.Stdout);
    }
}
