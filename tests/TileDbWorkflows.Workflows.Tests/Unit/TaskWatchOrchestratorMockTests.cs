using Microsoft.DurableTask;
using Moq;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Tasks;

namespace TileDbWorkflows.Workflows.Tests.Unit;

/// <summary>Branches of the task watch that are awkward to reach on the real engine, driven through a mocked context.</summary>
public sealed class TaskWatchOrchestratorMockTests
{
    private static readonly DateTime Now = new(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private static Mock<TaskOrchestrationContext> Context(WorkflowOptions settings, params IReadOnlyList<TaskPollResult>[] polls)
    {
        var context = new Mock<TaskOrchestrationContext> { CallBase = true };
        context.SetupGet(c => c.CurrentUtcDateTime).Returns(Now);
        context.SetupGet(c => c.InstanceId).Returns("watch-1");
        context.Setup(c => c.CallActivityAsync<WorkflowOptions>(It.Is<TaskName>(n => n.Name == nameof(LoadSettingsActivity)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .ReturnsAsync(settings);
        var sequence = context.SetupSequence(c => c.CallActivityAsync<IReadOnlyList<TaskPollResult>>(It.Is<TaskName>(n => n.Name == nameof(PollTasksActivity)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()));
        foreach (var poll in polls)
        {
            sequence = sequence.ReturnsAsync(poll);
        }
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        return context;
    }

    [Fact]
    public async Task A_deadline_already_passed_reports_the_last_status_without_waiting()
    {
        var context = Context(new WorkflowOptions(), [new TaskPollResult("t1", TaskStatuses.Running, null)]);
        var input = new TaskWatchInput(new TaskWatchRequest { TaskIds = ["t1"] }) { DeadlineUtc = Now.AddSeconds(-1) };

        var report = await new TaskWatchOrchestrator().RunAsync(context.Object, input);

        var item = Assert.Single(report.Items);
        Assert.Equal(ItemOutcome.Failed, item.Outcome);
        Assert.Contains("while the task was RUNNING", item.Reason, StringComparison.Ordinal);
        context.Verify(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Every_n_polls_it_continues_as_new_with_the_checkpoint_and_the_first_deadline()
    {
        var settings = new WorkflowOptions { TaskWatchPollsPerGeneration = 2, TaskWatchTimeout = TimeSpan.FromMinutes(10) };
        var context = Context(settings,
            [new TaskPollResult("a", TaskStatuses.Completed, null), new TaskPollResult("b", TaskStatuses.Queued, null)],
            [new TaskPollResult("b", TaskStatuses.Running, null)]);
        TaskWatchInput? next = null;
        context.Setup(c => c.ContinueAsNew(It.IsAny<object?>(), It.IsAny<bool>())).Callback<object?, bool>((i, _) => next = (TaskWatchInput?)i);

        await new TaskWatchOrchestrator().RunAsync(context.Object, new TaskWatchInput(new TaskWatchRequest { TaskIds = ["a", "b"] }));

        Assert.NotNull(next);
        Assert.Equal(["b"], next.Pending!);
        Assert.Equal(2, next.Polls);
        Assert.Equal(Now.AddMinutes(10), next.DeadlineUtc);
        Assert.Equal("a", Assert.Single(next.Finished).Item);
        // Waits grew between the two polls: 5 s, then 10 s.
        context.Verify(c => c.CreateTimer(Now.AddSeconds(5), It.IsAny<CancellationToken>()), Times.Once);
        context.Verify(c => c.CreateTimer(Now.AddSeconds(10), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_caller_given_task_ending_resources_unavailable_is_reported_not_resubmitted()
    {
        var context = Context(new WorkflowOptions(), [new TaskPollResult("t1", TaskStatuses.ResourcesUnavailable, "no capacity")]);

        var report = await new TaskWatchOrchestrator().RunAsync(context.Object, new TaskWatchInput(new TaskWatchRequest { TaskIds = ["t1"] }));

        Assert.Equal("RESOURCES_UNAVAILABLE: no capacity", Assert.Single(report.Items).Reason);
        context.Verify(c => c.CallActivityAsync<SubmittedTask>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()), Times.Never);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(6, 120)]
    [InlineData(500, 120)]
    public void Poll_delay_grows_exponentially_and_is_capped(int polls, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), TaskWatchOrchestrator.PollDelay(new WorkflowOptions(), polls));
    }
}
