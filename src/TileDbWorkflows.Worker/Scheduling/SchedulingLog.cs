namespace TileDbWorkflows.Worker.Scheduling;

internal static partial class SchedulingLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Job {JobName} scheduled '{Schedule}' (UTC); next occurrence {NextOccurrence:o}.")]
    public static partial void Scheduled(ILogger logger, string jobName, string schedule, DateTimeOffset nextOccurrence);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Job {JobName}: claimed occurrence {Occurrence:o}; running.")]
    public static partial void Claimed(ILogger logger, string jobName, DateTimeOffset occurrence);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Job {JobName}: occurrence {Occurrence:o} already claimed by another process.")]
    public static partial void Lost(ILogger logger, string jobName, DateTimeOffset occurrence);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Job {JobName} failed for occurrence {Occurrence:o}; it runs again at the next occurrence.")]
    public static partial void Failed(ILogger logger, Exception exception, string jobName, DateTimeOffset occurrence);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Job {JobName}: could not claim occurrence {Occurrence:o} (attempt {Attempt}).")]
    public static partial void ClaimFailed(ILogger logger, Exception exception, string jobName, DateTimeOffset occurrence, int attempt);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Job {JobName}: schedule '{Schedule}' has no further occurrences; stopping.")]
    public static partial void NoMoreOccurrences(ILogger logger, string jobName, string schedule);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Job {JobName}: catching up occurrence {Occurrence:o}, missed while no worker ran (policy {Policy}).")]
    public static partial void CatchingUp(ILogger logger, string jobName, DateTimeOffset occurrence, CatchUpPolicy policy);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "Job {JobName}: occurrence {Occurrence:o} is held by another process; watching its lease in case that process died.")]
    public static partial void Watching(ILogger logger, string jobName, DateTimeOffset occurrence);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "Job {JobName}: the claim of occurrence {Occurrence:o} was lost before the run was marked completed; another process may run it again.")]
    public static partial void ClaimLost(ILogger logger, string jobName, DateTimeOffset occurrence);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Information, Message = "Job {JobName}: stopped during occurrence {Occurrence:o}; its claim is handed back for another process.")]
    public static partial void HandedBack(ILogger logger, string jobName, DateTimeOffset occurrence);
}
