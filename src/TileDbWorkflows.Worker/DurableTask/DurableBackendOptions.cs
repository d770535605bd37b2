namespace TileDbWorkflows.Worker.DurableTask;

/// <summary>
/// Settings of the embedded Durable Task sidecar, section <c>Durable</c>. Where the Functions app has a setting
/// for the same thing (<c>AzureWebJobsStorage</c>, <c>TaskHubName</c>) it is used as the fallback, so one set of
/// settings serves both hosts.
/// </summary>
public sealed class DurableBackendOptions
{
    public const string SectionName = "Durable";

    /// <summary><c>Durable:Backend</c>: InMemory (default) or AzureStorage.</summary>
    public DurableBackend Backend { get; set; } = DurableBackend.InMemory;

    /// <summary>
    /// <c>Durable:ConnectionString</c>: an explicit connection string of the task hub, winning over <see cref="Connection"/>;
    /// <c>UseDevelopmentStorage=true</c> targets Azurite on its default ports.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// <c>Durable:Connection</c> (default <c>AzureWebJobsStorage</c>, as host.json's <c>connectionName</c>): the storage
    /// connection of the AzureStorage task hub, a connection string or its identity-based form (<c>__accountName</c>, or
    /// <c>__blobServiceUri</c> + <c>__queueServiceUri</c> + <c>__tableServiceUri</c>, with <c>__credential</c> and
    /// <c>__clientId</c>). One of the two is required for AzureStorage.
    /// </summary>
    public string Connection { get; set; } = "AzureWebJobsStorage";

    /// <summary><c>Durable:TaskHubName</c>, falling back to <c>TaskHubName</c>; 3-45 letters and digits, starting with a letter.</summary>
    public string TaskHubName { get; set; } = "tiledbworkflows";

    /// <summary><c>Durable:MaxConcurrentActivities</c> per process (host.json's maxConcurrentActivityFunctions).</summary>
    public int MaxConcurrentActivities { get; set; } = 16;

    /// <summary><c>Durable:MaxConcurrentOrchestrations</c> per process (host.json's maxConcurrentOrchestratorFunctions).</summary>
    public int MaxConcurrentOrchestrations { get; set; } = 8;

    /// <summary><c>Durable:PartitionCount</c> for AzureStorage (fixed once a task hub exists; host.json uses 4).</summary>
    public int PartitionCount { get; set; } = 4;

    /// <summary>
    /// <c>Durable:GrpcPort</c>: loopback port of the sidecar's gRPC endpoint. 0 (default) picks a free port at
    /// start, so several workers run side by side on one machine.
    /// </summary>
    public int GrpcPort { get; set; }

    /// <summary>
    /// <c>Durable:MaxQueuePollingInterval</c> for AzureStorage: how far idle polling backs off (default 10 s; Functions'
    /// maxQueuePollingInterval is 30 s). It adds to the recovery time after a worker dies (an idle worker sees the dead
    /// one's messages only at its next poll), so it is a third of Functions' to keep recovery under a minute; at rest
    /// that is about one storage call per queue every 10 s.
    /// </summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// <c>Durable:PartitionLeaseInterval</c> for AzureStorage (default 30 s, the provider's): how long a worker's claim
    /// on a partition lasts without renewal. After a worker dies, others take its partitions over within about this
    /// long; renewals and takeover attempts run every third of it. Shorter means faster failover, more storage calls.
    /// </summary>
    public TimeSpan PartitionLeaseInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// <c>Durable:ControlQueueVisibilityTimeout</c> for AzureStorage (default 30 s; Functions' is 5 min): orchestration
    /// messages a worker took but never finished (it died) are redelivered after this. The worker renews the messages it
    /// holds every third of it, so it need not cover the longest episode.
    /// </summary>
    public TimeSpan ControlQueueVisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// <c>Durable:WorkItemQueueVisibilityTimeout</c> for AzureStorage (default 30 s; Functions' is 5 min): an activity
    /// a dead worker was running is redelivered after this. The worker renews the message of every activity it runs
    /// every third of it, so a long activity is not run twice while its worker lives.
    /// </summary>
    public TimeSpan WorkItemQueueVisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
