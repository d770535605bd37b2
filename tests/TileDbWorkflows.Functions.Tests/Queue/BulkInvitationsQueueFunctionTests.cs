using System.Diagnostics;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Moq;
using TileDbWorkflows.Functions.Queue;
using TileDbWorkflows.Functions.Tests.Support;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Telemetry;

namespace TileDbWorkflows.Functions.Tests.Queue;

public sealed class BulkInvitationsQueueFunctionTests
{
    private readonly CapturingLogger<BulkInvitationsQueueFunction> logger = new();

    [Theory]
    [InlineData("{\"requestId\": \"r-1\", \"kind\": \"array\", \"target\": \"tiledb://acme/a\", \"recipients\": [\"ann@example.org\"]  ,, ")]
    [InlineData("not json at all \u00e9\u2603\n\tsecond line  ")]
    [InlineData("""{"requestId":"r-2","kind":"array","target":"acme/a","recipients":[],"actions":["read"]}""")]
    [InlineData("""{"kind":"array","target":"tiledb://acme/a","recipients":["ann@example.org"],"actions":["read"]}""")]
    public async Task A_malformed_message_goes_intact_to_the_poison_queue_without_a_schedule_or_a_retry(string message)
    {
        var client = new FakeDurableClient();

        // Completing normally (no exception) is what stops the host from retrying it.
        var output = await Function().BulkInvitationsFromQueue(message, client.Object, Context("msg-9"), default);

        Assert.Equal(message, output.Poison);
        client.VerifyNothingScheduled();
        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("msg-9", warning.Message, StringComparison.Ordinal);
        Assert.Contains("poison", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_names_the_invalid_field_and_leaves_the_addresses_out()
    {
        var client = new FakeDurableClient();
        const string message = """{"kind":"array","target":"tiledb://acme/a","recipients":["ann@example.org"],"actions":["read"]}""";

        await Function().BulkInvitationsFromQueue(message, client.Object, Context("msg-10"), default);

        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning).Message;
        Assert.Contains("requestId", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("ann@example.org", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_message_delivered_twice_schedules_once_and_poisons_nothing()
    {
        var client = new FakeDurableClient();
        var function = Function();

        var first = await function.BulkInvitationsFromQueue(Bodies.Invitations, client.Object, Context("msg-1"), default);
        var second = await function.BulkInvitationsFromQueue(Bodies.Invitations, client.Object, Context("msg-1"), default);

        var scheduled = Assert.Single(client.Scheduled);
        Assert.Equal(nameof(BulkInvitationOrchestrator), scheduled.Orchestrator);
        Assert.Equal("invitations-batch-42", scheduled.InstanceId);
        Assert.Equal("tiledb://acme/genomes", Assert.IsType<BulkInvitationRequest>(scheduled.Input).Target);
        Assert.Null(first.Poison);
        Assert.Null(second.Poison);
        Assert.DoesNotContain(logger.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task A_transient_failure_throws_so_the_host_retries_and_nothing_is_poisoned_by_us()
    {
        var client = new FakeDurableClient();
        client.Mock.Setup(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException("task hub unavailable"));

        await Assert.ThrowsAsync<TimeoutException>(() => Function().BulkInvitationsFromQueue(Bodies.Invitations, client.Object, Context("msg-2"), default));
    }

    [Fact]
    public async Task A_message_with_a_traceparent_is_handled_in_a_child_span_of_the_producer()
    {
        var client = new FakeDurableClient();
        var seen = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == WorkflowActivities.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = seen.Add,
        };
        ActivitySource.AddActivityListener(listener);
        const string producer = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        var message = Bodies.Invitations.TrimEnd('}') + ",\"traceparent\":\"" + producer + "\"}";

        var output = await Function().BulkInvitationsFromQueue(message, client.Object, Context("msg-11"), default);

        Assert.Null(output.Poison);
        Assert.Single(client.Scheduled);
        // Listeners are process-wide: pick this test's delivery by the producer's trace id.
        var span = Assert.Single(seen, a => a.TraceId.ToHexString() == "4bf92f3577b34da6a3ce929d0e0e4736");
        Assert.Equal("process bulk-invitations", span.OperationName);
        Assert.Equal(ActivityKind.Consumer, span.Kind);
        Assert.Equal("00f067aa0ba902b7", span.ParentSpanId.ToHexString());
    }

    private BulkInvitationsQueueFunction Function() => new(Api.Create(), logger);

    private static FunctionContext Context(string messageId)
    {
        var binding = new Mock<BindingContext>();
        binding.SetupGet(b => b.BindingData).Returns(new Dictionary<string, object?> { ["Id"] = messageId, ["DequeueCount"] = "1" });
        var context = new Mock<FunctionContext>();
        context.SetupGet(c => c.BindingContext).Returns(binding.Object);
        context.SetupGet(c => c.FunctionDefinition).Returns(Mock.Of<FunctionDefinition>());
        return context.Object;
    }
}
