using System.Collections.Concurrent;
using TileDbWorkflows.Worker.Queues;

namespace TileDbWorkflows.Worker.Tests.Queues;

/// <summary>Records every delivery and then does whatever the test scripted for it.</summary>
public sealed class RecordingHandler(HandlerScript script) : IQueueMessageHandler
{
    public Task HandleAsync(QueueMessageContext message, CancellationToken cancellationToken)
    {
        script.Deliveries.Enqueue(message);
        return script.Behavior(message, cancellationToken);
    }
}

public sealed class HandlerScript
{
    public ConcurrentQueue<QueueMessageContext> Deliveries { get; } = new();

    public Func<QueueMessageContext, CancellationToken, Task> Behavior { get; set; } = (_, _) => Task.CompletedTask;
}
