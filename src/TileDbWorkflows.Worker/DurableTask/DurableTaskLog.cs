namespace TileDbWorkflows.Worker.DurableTask;

internal static partial class DurableTaskLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning,
        Message = "Durable backend: InMemory, task hub {TaskHubName}, sidecar on {SidecarAddress}. Orchestration state is kept in memory and LOST when this process exits; set Durable:Backend=AzureStorage to keep it.")]
    public static partial void InMemoryBackend(ILogger logger, string taskHubName, Uri sidecarAddress);

    // The connection string is deliberately not logged: it carries the account key.
    [LoggerMessage(EventId = 3102, Level = LogLevel.Information,
        Message = "Durable backend: AzureStorage, task hub {TaskHubName}, worker {WorkerId}, sidecar on {SidecarAddress}. Task hub ready.")]
    public static partial void AzureStorageBackend(ILogger logger, string taskHubName, string workerId, Uri sidecarAddress);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning,
        Message = "Could not renew the visibility of a {WorkItemKind}'s queue messages; retrying at the next interval.")]
    public static partial void RenewalFailed(ILogger logger, Exception exception, string workItemKind);
}
