namespace TileDbWorkflows.Worker.Queues;

/// <summary>
/// Handles messages of one queue with the Functions queue-trigger contract: return normally and the message is
/// deleted; throw and it is retried until its dequeue count reaches the limit, then moved to <c>&lt;queue&gt;-poison</c>;
/// throw <see cref="PoisonMessageException"/> to move it there at once. Delivery is at least once (a message
/// can arrive twice), so handlers must be idempotent. Resolved from a new DI scope per message.
/// </summary>
public interface IQueueMessageHandler
{
    Task HandleAsync(QueueMessageContext message, CancellationToken cancellationToken);
}
