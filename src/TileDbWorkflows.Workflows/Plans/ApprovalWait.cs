namespace TileDbWorkflows.Workflows.Plans;

/// <summary>What an apply waiting for approval shows in its status: what waits, since when and until when.</summary>
public sealed record ApprovalWait(int DestructiveChanges, int AccessLosses, DateTimeOffset Since, DateTimeOffset Deadline, string Approve, string Reject);
