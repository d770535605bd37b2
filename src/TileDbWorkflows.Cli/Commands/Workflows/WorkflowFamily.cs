using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Commands.Workflows;

/// <summary>A workflow instance the user started and the child instances it started (chunks, the sharing step).</summary>
internal sealed record WorkflowFamily(WorkflowStatus Parent, IReadOnlyList<WorkflowStatus> Children);
