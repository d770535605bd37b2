namespace TileDbWorkflows.Worker.Scheduling;

/// <summary>
/// An occurrence this process holds the lease of: renewed while the job runs, then marked completed and released.
/// </summary>
internal sealed record OccurrenceClaim(string JobName, DateTimeOffset Occurrence, string LeaseId);
