using TileDbWorkflows.Workflows.Common;

namespace TileDbWorkflows.Workflows.Lists;

/// <summary>
/// The input of <see cref="ListOrchestrator"/>: one prepared list (its cursor), the caller's settings snapshot, and
/// the workflow name its report carries.
/// </summary>
public sealed record ListRun(string Workflow, ListCursor Cursor, WorkflowOptions Settings);
