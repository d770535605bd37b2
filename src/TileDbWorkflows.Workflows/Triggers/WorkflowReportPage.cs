using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Triggers;

/// <summary>One page of a workflow's full report (<c>GET /api/workflows/{id}/report</c>).</summary>
/// <param name="Total">Lines matching <paramref name="Outcome"/> (all lines when null) in the whole report.</param>
public sealed record WorkflowReportPage(
    string Id, ItemOutcome? Outcome, int Page, int PageSize, int Total, IReadOnlyList<ItemResult> Items, WorkflowLinks Links);
