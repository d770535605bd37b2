using Microsoft.DurableTask.Client;
using TileDbWorkflows.Worker.Queues;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Worker.Triggers;

/// <summary>
/// Bulk invitation requests from the queue, as the Functions app's queue trigger handles them. The request id is the
/// instance id, so a redelivered message starts nothing new. A malformed message can never succeed and goes to the
/// poison queue at once; anything else that fails (the task hub, storage) throws, and the listener retries it up to
/// <c>MaxDequeueCount</c> before poisoning it.
/// </summary>
internal sealed partial class BulkInvitationsQueueHandler(
    WorkflowApi api,
    DurableTaskClient client,
    ILogger<BulkInvitationsQueueHandler> logger) : IQueueMessageHandler
{
    /// <summary>Where the listener's own settings (concurrency, dequeue count, backoff) are read.</summary>
    public const string SectionPath = "Queues:BulkInvitations";

    public async Task HandleAsync(QueueMessageContext message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var result = await api.HandleBulkInvitationMessageAsync(client, message.Text, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == QueueMessageOutcome.Malformed)
        {
            // The listener logs the move with the message id; the text stays out of logs (it holds e-mail addresses).
            throw new PoisonMessageException(result.Reason ?? "malformed bulk invitation request");
        }
        LogHandled(message.MessageId, message.DequeueCount, result.InstanceId ?? "(none)", result.Outcome == QueueMessageOutcome.Started);
    }

    [LoggerMessage(EventId = 3401, Level = LogLevel.Information, Message = "Bulk invitation message {MessageId} (delivery {DequeueCount}) is instance {InstanceId} (newly started: {Started})")]
    private partial void LogHandled(string messageId, long dequeueCount, string instanceId, bool started);
}
