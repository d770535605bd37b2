using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Triggers;

/// <summary>What the status API answers for one workflow instance.</summary>
public sealed record WorkflowStatus(
    string Id,
    string Name,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt,
    WorkflowProgress? Progress,
    WorkflowReport? Report,
    string? Failure,
    WorkflowLinks Links);
