using TileDbWorkflows.Cli.Tests.Support;

namespace TileDbWorkflows.Cli.Tests.Issues;

/// <summary>
/// Issue 15: a repeated <c>--idempotency-key</c> printed the earlier workflow as if it had just started. The worker
/// answers the existing instance (by contract, in the same 202); tdbw now says the workflow already exists.
/// </summary>
public sealed class RepeatedIdempotencyKeyTests : WorkerStubTest
{
    [Fact]
    public async Task A_first_start_is_quiet_and_a_repeat_says_the_workflow_already_exists()
    {
        Worker.StartAnswer = (202, WorkerStub.Status("sweep-k2", "Pending"));
        var first = await Profile.RunAsync("sweep", "run", "--idempotency-key", "k2");

        Worker.Script(WorkerStub.Status("sweep-k2", "Running"));
        Worker.StartAnswer = (202, WorkerStub.Status("sweep-k2", "Running"));
        var repeat = await Profile.RunAsync("sweep", "run", "--idempotency-key", "k2");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.DoesNotContain("already exists", first.Stderr, StringComparison.Ordinal);
        Assert.True(repeat.ExitCode == 0, repeat.ToString());
        Assert.Contains("workflow sweep-k2 already exists", repeat.Stderr, StringComparison.Ordinal);
        Assert.Contains(Worker.Requests, r => r.Method == "GET" && r.Path == "/api/workflows/sweep-k2");
    }
}
