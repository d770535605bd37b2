namespace TileDbWorkflows.Workflows.Tasks;

/// <summary>One task's TileDB status (wire spelling, e.g. RUNNING) and its status message.</summary>
public sealed record TaskPollResult(string TaskId, string Status, string? Message);
