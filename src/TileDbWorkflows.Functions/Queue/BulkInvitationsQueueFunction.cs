using System.Globalization;
using Microsoft.Extensions.Logging;
using TileDbWorkflows.Workflows.Telemetry;

namespace TileDbWorkflows.Functions.Queue;

/// <summary>
/// Bulk invitations from the queue. The request id is the instance id, so a redelivered message starts nothing new.
/// A malformed message can never succeed: it goes to the poison queue at once, intact, and the function completes so
/// the host does not retry it. Anything else that fails (storage, the task hub) throws, and the host retries it up to
/// <c>maxDequeueCount</c> before poisoning it itself.
/// </summary>
public sealed partial class BulkInvitationsQueueFunction(WorkflowApi api, ILogger<BulkInvitationsQueueFunction> logger)
{
    public const string Queue = "%" + AppSettings.BulkInvitationsQueue + "%";

    [Function(nameof(BulkInvitationsFromQueue))]
    public async Task<BulkInvitationsQueueOutput> BulkInvitationsFromQueue(
        [QueueTrigger(Queue)] string message,
        [DurableClient] DurableTaskClient client,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.BindingContext.BindingData.TryGetValue("Id", out var id);
        context.BindingContext.BindingData.TryGetValue("DequeueCount", out var dequeued);
        // As the worker's listener does: a child of the producer's span when the message carries a traceparent.
        using var span = WorkflowActivities.StartQueueMessage(
            AppSettings.DefaultBulkInvitationsQueue, id?.ToString() ?? "(unknown)",
            long.TryParse(dequeued?.ToString(), CultureInfo.InvariantCulture, out var count) ? count : 1,
            QueueEnvelope.ReadTraceParent(message));
        var result = await api.HandleBulkInvitationMessageAsync(client, message, cancellationToken).ConfigureAwait(false);
        if (result.Outcome != QueueMessageOutcome.Malformed)
        {
            return new BulkInvitationsQueueOutput();
        }
        // The message id, not the text: the text is kept in the poison queue, and it holds people's e-mail addresses.
        LogPoisoned(id?.ToString() ?? "(unknown)", result.Reason ?? "malformed");
        return new BulkInvitationsQueueOutput { Poison = message };
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Bulk invitation message {MessageId} is malformed and was moved to the poison queue without retries: {Reason}")]
    private partial void LogPoisoned(string messageId, string reason);
}
