using System.Diagnostics;

namespace TileDbWorkflows.Workflows.Telemetry;

/// <summary>
/// Spans of ours outside the TileDB client: the handling of a queue message, as a consumer span whose parent is the
/// producer's <c>traceparent</c> when the message carried one (see <see cref="Triggers.QueueEnvelope"/>), so the
/// orchestration it starts joins the producer's trace.
/// </summary>
public static class WorkflowActivities
{
    /// <summary>The ActivitySource hosts add to their tracer.</summary>
    public const string SourceName = "TileDbWorkflows";

    public const string MessageIdTag = "messaging.message.id";
    public const string DeliveryTag = "messaging.azure.queue.dequeue_count";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>
    /// Starts the span of one delivery (null when nobody listens). A valid <paramref name="traceParent"/> becomes
    /// its parent; an absent or malformed one leaves the span a root (or a child of the ambient span), as before.
    /// </summary>
    public static Activity? StartQueueMessage(string queue, string messageId, long dequeueCount, string? traceParent)
    {
        var parent = traceParent is not null && ActivityContext.TryParse(traceParent, null, isRemote: true, out var remote)
            ? remote
            : default;
        var activity = parent == default
            ? Source.StartActivity($"process {queue}", ActivityKind.Consumer)
            : Source.StartActivity($"process {queue}", ActivityKind.Consumer, parent);
        activity?.SetTag("messaging.system", "azure_queue");
        activity?.SetTag("messaging.operation.type", "process");
        activity?.SetTag(WorkflowMetrics.QueueTag, queue);
        activity?.SetTag(MessageIdTag, messageId);
        activity?.SetTag(DeliveryTag, dequeueCount);
        return activity;
    }
}
