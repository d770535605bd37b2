namespace TileDbWorkflows.Worker.Scheduling;

/// <summary>Content of a job's claim blob: the latest occurrence claimed, and by whom (for diagnosis only).</summary>
internal sealed record OccurrenceClaim(DateTimeOffset Occurrence, string ClaimedBy);
