namespace TileDbWorkflows.Worker.Hosting;

internal static partial class WorkerLog
{
    [LoggerMessage(EventId = 3301, Level = LogLevel.Warning,
        Message = "No storage connection (AzureWebJobsStorage or Durable:ConnectionString): the bulk invitations queue ({QueueSetting}) is not listened to. HTTP workflows run as usual.")]
    public static partial void QueueOff(ILogger logger, string queueSetting);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Warning,
        Message = "No storage connection (AzureWebJobsStorage or Durable:ConnectionString): the scheduled sweep ({ScheduleSetting}) is off; POST /api/sweeps still starts one.")]
    public static partial void ScheduleOff(ILogger logger, string scheduleSetting);

    // The address only: whether a token is configured is useful, the token itself is never logged.
    [LoggerMessage(EventId = 3303, Level = LogLevel.Information,
        Message = "TileDB Cloud: {ServerAddress} (API token configured: {HasToken}).")]
    public static partial void TileDbTarget(ILogger logger, string serverAddress, bool hasToken);
}
