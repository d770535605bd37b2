using Microsoft.DurableTask.Client;
using TileDbWorkflows.Cloud.Tasks;
using TileDbWorkflows.Emulator.Tasks;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Tasks;
using TileDbWorkflows.Workflows.Tests.Support;

namespace TileDbWorkflows.Workflows.Tests.Tasks;

public sealed class TaskWatchWorkflowTests
{
    [Fact]
    public async Task Tasks_are_followed_through_queued_and_running_to_their_terminal_status()
    {
        await using var host = await WorkflowHost.StartAsync();
        await host.Emulator.Admin.SetTaskBehaviorAsync(new TaskBehaviorSpec
        {
            Rules =
            [
                new TaskBehaviorRule { Match = "fails", QueuedMs = 100, RunningMs = 150, Outcome = "FAILED", StatusMessage = "division by zero" },
                new TaskBehaviorRule { Match = "capacity", QueuedMs = 100, Outcome = "RESOURCES_UNAVAILABLE" },
                new TaskBehaviorRule { Match = "slow", QueuedMs = 100, RunningMs = 60_000 },
            ],
            Default = new TaskBehaviorRule { QueuedMs = 300, RunningMs = 600 },
        });
        async Task<string> Submit(string sql) => (await host.Cloud.Tasks.SubmitSqlAsync("demo", new SqlSubmission { Query = sql })).TaskId!;
        var ok = await Submit("select 1");
        var failed = await Submit("select 1/0 -- fails");
        var capacity = await Submit("select * from big -- capacity");
        var slow = await Submit("select * from slow");
        var unknown = Guid.NewGuid().ToString();

        var instance = await host.RunAsync(nameof(TaskWatchOrchestrator),
            new TaskWatchInput(new TaskWatchRequest { TaskIds = [ok, failed, capacity, slow, unknown], Timeout = TimeSpan.FromSeconds(2.5) }));

        var report = WorkflowHost.ReportOf(instance);
        ItemResult For(string id) => report.Items.Single(i => i.Item == id);
        Assert.Equal(ItemOutcome.Created, For(ok).Outcome);
        Assert.Equal("COMPLETED", For(ok).Reason);
        Assert.Equal("FAILED: division by zero", For(failed).Reason);
        Assert.StartsWith("RESOURCES_UNAVAILABLE", For(capacity).Reason, StringComparison.Ordinal);
        Assert.StartsWith("deadline passed", For(slow).Reason, StringComparison.Ordinal);
        Assert.Contains("RUNNING", For(slow).Reason, StringComparison.Ordinal);
        Assert.StartsWith("task not found", For(unknown).Reason, StringComparison.Ordinal);

        // The completed task was polled while queued or running before it ended (the poll cap is 150 ms, it took 900 ms).
        var polls = await host.Emulator.Admin.GetRequestsAsync(method: "GET", path: $"/v1/task/{ok}");
        Assert.True(polls.Count >= 2, $"only {polls.Count} polls");
        // Polling went on for the slow task across generations (ContinueAsNew every 4 polls), each history kept short.
        var slowPolls = await host.Emulator.Admin.GetRequestsAsync(method: "GET", path: $"/v1/task/{slow}");
        Assert.True(slowPolls.Count > 4, $"only {slowPolls.Count} polls of the slow task");
        Assert.InRange(host.Backend.MaxHistoryEvents[instance.InstanceId], 1, 40);
    }

    [Fact]
    public async Task The_deadline_is_kept_across_continue_as_new()
    {
        await using var host = await WorkflowHost.StartAsync();
        await host.Emulator.Admin.SetTaskBehaviorAsync(new TaskBehaviorSpec { Default = new TaskBehaviorRule { QueuedMs = 60_000 } });
        var id = (await host.Cloud.Tasks.SubmitSqlAsync("demo", new SqlSubmission { Query = "select 1" })).TaskId!;
        var started = DateTime.UtcNow;

        var instance = await host.RunAsync(nameof(TaskWatchOrchestrator), new TaskWatchInput(new TaskWatchRequest { TaskIds = [id], Timeout = TimeSpan.FromSeconds(2) }));

        var elapsed = DateTime.UtcNow - started;
        var item = Assert.Single(WorkflowHost.ReportOf(instance).Items);
        Assert.Contains("while the task was QUEUED", item.Reason, StringComparison.Ordinal);
        // Not restarted by each ContinueAsNew (that would never end), and not cut short.
        Assert.InRange(elapsed, TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(15));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance.RuntimeStatus);
    }
}
