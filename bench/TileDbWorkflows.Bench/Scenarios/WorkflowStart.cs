namespace TileDbWorkflows.Bench.Scenarios;

/// <summary>The orchestration to schedule for a run and its input.</summary>
internal sealed record WorkflowStart(string Orchestrator, object Input);
