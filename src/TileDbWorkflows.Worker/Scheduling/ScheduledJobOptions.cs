namespace TileDbWorkflows.Worker.Scheduling;

/// <summary>
/// Settings of one scheduled job, bound from <c>Schedules:&lt;job name&gt;</c>; the schedule itself defaults to a
/// top-level setting shared with the Functions app (e.g. <c>SweepSchedule</c>).
/// </summary>
public sealed class ScheduledJobOptions
{
    /// <summary>
    /// <c>Schedule</c>: cron expression in UTC, five fields or six with seconds first (as Functions' NCRONTAB,
    /// e.g. <c>0 0 2 * * *</c> for 02:00 daily).
    /// </summary>
    public string Schedule { get; set; } = string.Empty;

    /// <summary>
    /// <c>Connection</c> (default <c>AzureWebJobsStorage</c>): the storage connection where occurrence claims are kept,
    /// a connection string or its identity-based <c>__accountName</c> / <c>__blobServiceUri</c> form.
    /// </summary>
    public string Connection { get; set; } = "AzureWebJobsStorage";

    /// <summary><c>ConnectionString</c>: an explicit connection string, winning over <see cref="Connection"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary><c>ContainerName</c> (default <c>worker-schedules</c>): blob container of the claim blobs, one per job.</summary>
    public string ContainerName { get; set; } = "worker-schedules";

    /// <summary>
    /// <c>LeaseDuration</c> (default 30 s, 15-60 s as blob leases allow): how long a claim outlives its claimant. The
    /// claimant renews it while the job runs; when it dies, another process runs the occurrence this long after.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary><c>CatchUp</c> (default <c>Latest</c>): which occurrences missed while no worker ran are run at start.</summary>
    public CatchUpPolicy CatchUp { get; set; } = CatchUpPolicy.Latest;

    /// <summary><c>MaxCatchUp</c> (default 10): with <c>CatchUp=All</c>, at most this many of the most recent missed occurrences run.</summary>
    public int MaxCatchUp { get; set; } = 10;
}
