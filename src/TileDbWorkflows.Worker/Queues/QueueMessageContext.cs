namespace TileDbWorkflows.Worker.Queues;

/// <summary>One delivery of a queue message to a handler.</summary>
/// <param name="QueueName">The queue it came from.</param>
/// <param name="MessageId">Stable across redeliveries: a good idempotency key (e.g. for an orchestration instance id).</param>
/// <param name="Text">The message body, Base64-decoded as Functions does, read as UTF-8.</param>
/// <param name="DequeueCount">1 on the first delivery; grows with every retry or redelivery.</param>
/// <param name="InsertedOn">When the message was enqueued, if the service reported it.</param>
public sealed record QueueMessageContext(
    string QueueName,
    string MessageId,
    string Text,
    long DequeueCount,
    DateTimeOffset? InsertedOn);
