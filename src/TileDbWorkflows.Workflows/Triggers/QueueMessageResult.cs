namespace TileDbWorkflows.Workflows.Triggers;

/// <summary>The outcome of a queue message, the instance it maps to, and for a malformed message, why.</summary>
public sealed record QueueMessageResult(QueueMessageOutcome Outcome, string? InstanceId, string? Reason = null);
