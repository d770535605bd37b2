using System.Collections.Concurrent;
using System.Diagnostics;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Worker.Queues;
using TileDbWorkflows.Worker.Tests.Queues;
using TileDbWorkflows.Workflows.Telemetry;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Worker.Tests.Telemetry;

/// <summary>Trace context across the queue, and the dequeue and poison counts, on Azurite.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class QueueTelemetryTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly ActivityListener spans = Listen();

    public void Dispose() => spans.Dispose();

    private static ActivityListener Listen()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == WorkflowActivities.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    [Fact]
    public async Task A_message_carrying_a_traceparent_is_handled_in_a_child_span_of_the_producer()
    {
        var seen = new ConcurrentQueue<(ActivityTraceId TraceId, ActivitySpanId ParentSpanId, ActivityKind Kind, string Text)>();
        var script = new HandlerScript
        {
            Behavior = (message, _) =>
            {
                var current = Activity.Current!;
                seen.Enqueue((current.TraceId, current.ParentSpanId, current.Kind, message.Text));
                return Task.CompletedTask;
            },
        };
        await using var listener = await ListenerHost.StartAsync(azurite, script);
        var producer = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded);
        var traceParent = $"00-{producer.TraceId}-{producer.SpanId}-01";

        await listener.SendAsync($$"""{"requestId":"r1","traceparent":"{{traceParent}}"}""");

        await Eventually.WaitUntilAsync(() => !seen.IsEmpty, Deadline, "the handler receives the message");
        var (traceId, parentSpanId, kind, text) = Assert.Single(seen);
        Assert.Equal(producer.TraceId, traceId);
        Assert.Equal(producer.SpanId, parentSpanId);
        Assert.Equal(ActivityKind.Consumer, kind);
        Assert.Equal(traceParent, QueueEnvelope.ReadTraceParent(text));
    }

    [Fact]
    public async Task A_plain_message_is_handled_in_a_root_span_of_its_own()
    {
        var seen = new ConcurrentQueue<ActivitySpanId>();
        var script = new HandlerScript
        {
            Behavior = (_, _) =>
            {
                seen.Enqueue(Activity.Current!.ParentSpanId);
                return Task.CompletedTask;
            },
        };
        await using var listener = await ListenerHost.StartAsync(azurite, script);

        await listener.SendAsync("""{"requestId":"r2"}""");

        await Eventually.WaitUntilAsync(() => !seen.IsEmpty, Deadline, "the handler receives the message");
        Assert.Equal(default, Assert.Single(seen));
        await Eventually.WaitUntilAsync(ct => ListenerHost.IsEmptyAsync(listener.Queue, ct), Deadline, "the handled message is deleted");
    }

    [Fact]
    public async Task Deliveries_and_poisoned_messages_are_counted_per_queue()
    {
        using var recorder = new MeasurementRecorder();
        var script = new HandlerScript
        {
            Behavior = (message, _) => message.Text.Contains("bad", StringComparison.Ordinal)
                ? throw new PoisonMessageException("malformed")
                : message.DequeueCount == 1 ? throw new TimeoutException("transient") : Task.CompletedTask,
        };
        await using var listener = await ListenerHost.StartAsync(azurite, script);
        var queue = listener.Queue.Name;

        await listener.SendAsync("""{"requestId":"good"}""");
        await listener.SendAsync("""{"requestId":"bad"}""");

        await listener.WaitForPoisonAsync();
        await Eventually.WaitUntilAsync(() => script.Deliveries.Count == 3, Deadline, "the good message is retried once");
        await Eventually.WaitUntilAsync(ct => ListenerHost.IsEmptyAsync(listener.Queue, ct), Deadline, "the retried message is deleted");
        Assert.Equal(3, recorder.Of("queue.messages.dequeued", WorkflowMetrics.QueueTag, queue).Sum(m => m.Value));
        Assert.Equal([1.0, 1.0, 2.0], recorder.Of("queue.messages.dequeue_count", WorkflowMetrics.QueueTag, queue).Select(m => m.Value).Order());
        var poisoned = Assert.Single(recorder.Of("queue.messages.poisoned", WorkflowMetrics.QueueTag, queue));
        Assert.Equal(WorkflowMetrics.PoisonMalformed, poisoned.Tags[WorkflowMetrics.PoisonReasonTag]);
    }
}
