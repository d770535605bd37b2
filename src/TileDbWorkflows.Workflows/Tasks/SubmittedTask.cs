namespace TileDbWorkflows.Workflows.Tasks;

/// <summary>
/// The task a submission stands for. <see cref="Reused"/> is true when an earlier submission was found (so nothing was
/// sent); <see cref="Status"/> is its TileDB status then. <see cref="Error"/> is set when TileDB refused the submission.
/// </summary>
public sealed record SubmittedTask(string? TaskId, bool Reused, string? Status, string? Error = null);
