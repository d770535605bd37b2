namespace TileDbWorkflows.Worker.Scheduling;

/// <summary>
/// A job run on a cron schedule, once per occurrence across every worker process. Use
/// the occurrence passed to the run (never the wall clock, which can read a millisecond before the occurrence) for
/// anything derived from the run, such as an orchestration instance id: then even a duplicate run could start
/// nothing new. Resolved from a new DI scope per run.
/// </summary>
public interface IScheduledJob
{
    /// <param name="occurrence">The scheduled occurrence (UTC) this run was claimed for.</param>
    Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken);
}
