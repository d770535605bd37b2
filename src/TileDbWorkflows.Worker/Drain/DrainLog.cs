namespace TileDbWorkflows.Worker.Drain;

internal static partial class DrainLog
{
    [LoggerMessage(EventId = 3501, Level = LogLevel.Information,
        Message = "Stopping: draining (no new work items or queue messages); {WorkItems} work items and {Messages} queue messages in flight, waiting up to {DrainTimeout}.")]
    public static partial void Draining(ILogger logger, int workItems, int messages, TimeSpan drainTimeout);

    [LoggerMessage(EventId = 3502, Level = LogLevel.Information,
        Message = "Drained in {ElapsedMs} ms: {HandedBack} work items handed back to other workers, {Messages} queue messages still in flight (made visible as their handlers stop).")]
    public static partial void Drained(ILogger logger, long elapsedMs, int handedBack, int messages);

    [LoggerMessage(EventId = 3503, Level = LogLevel.Warning,
        Message = "Could not hand back a {WorkItemKind}; another worker takes it when its visibility timeout ends.")]
    public static partial void HandBackFailed(ILogger logger, Exception exception, string workItemKind);
}
