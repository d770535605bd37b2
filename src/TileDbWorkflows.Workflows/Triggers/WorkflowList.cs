namespace TileDbWorkflows.Workflows.Triggers;

/// <summary>One page of the workflow list; pass <see cref="ContinuationToken"/> back for the next.</summary>
public sealed record WorkflowList(IReadOnlyList<WorkflowStatus> Items, string? ContinuationToken);
