namespace TileDbWorkflows.Workflows.Tasks;

/// <summary>
/// The workflow step that submitted a task: what to resubmit when TileDB answers RESOURCES_UNAVAILABLE.
/// <see cref="Key"/> names the task in TileDB so a repeated submission finds the earlier one instead of running twice.
/// </summary>
public sealed record TaskStep(string TaskId, string Namespace, string Key, FollowUpTaskSpec Spec, int Attempt);
