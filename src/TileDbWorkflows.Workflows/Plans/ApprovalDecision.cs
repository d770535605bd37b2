namespace TileDbWorkflows.Workflows.Plans;

/// <summary>The payload of the <see cref="ApplyOrchestrator.ApprovalEvent"/> external event.</summary>
public sealed record ApprovalDecision(bool Approved, string? Reason = null);
