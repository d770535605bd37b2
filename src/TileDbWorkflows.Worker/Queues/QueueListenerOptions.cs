namespace TileDbWorkflows.Worker.Queues;

/// <summary>
/// Settings of one queue listener, bound from the section passed to <c>AddQueueListener</c>. Defaults follow
/// the repository's host.json, so the worker and the Functions app behave alike.
/// </summary>
public sealed class QueueListenerOptions
{
    /// <summary><c>QueueName</c> (required). Failed messages end in <c>&lt;QueueName&gt;-poison</c>.</summary>
    public string QueueName { get; set; } = string.Empty;

    /// <summary>
    /// <c>Connection</c> (default <c>AzureWebJobsStorage</c>): the name of the storage connection, as a queue trigger's
    /// <c>Connection</c> in Functions: a connection string under that name, or its identity-based
    /// <c>__accountName</c> / <c>__queueServiceUri</c> with <c>__credential</c> and <c>__clientId</c>.
    /// </summary>
    public string Connection { get; set; } = "AzureWebJobsStorage";

    /// <summary><c>ConnectionString</c>: an explicit connection string, winning over <see cref="Connection"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary><c>BatchSize</c> (1-32, default 8): messages fetched per receive call.</summary>
    public int BatchSize { get; set; } = 8;

    /// <summary><c>MaxConcurrency</c> (default 8): messages handled at once by this process.</summary>
    public int MaxConcurrency { get; set; } = 8;

    /// <summary><c>MaxDequeueCount</c> (default 5): attempts before a failing message goes to the poison queue.</summary>
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>
    /// <c>VisibilityTimeout</c> (default 30 s): how long a received message stays hidden. Renewed every third of
    /// it while the handler runs, so a slow handler keeps its message and a crashed one releases it soon.
    /// </summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// <c>RetryBackoff</c> (default 30 s): after a failure the message becomes visible again this much later
    /// (what host.json calls queues.visibilityTimeout).
    /// </summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// <c>PollInterval</c> (default 2 s): longest wait between receives while the queue is empty. Polling starts
    /// at 100 ms after a message and doubles up to this, as Functions' maxPollingInterval does.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public string PoisonQueueName => QueueName + "-poison";
}
