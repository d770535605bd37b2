using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Bench.Scenarios;

/// <summary>
/// The orchestration to schedule for a run and its input; with <paramref name="Route"/>, the input is the request body
/// of that HTTP route, started through the same <see cref="WorkflowApi"/> start path as the API (validation, instance
/// id, the payload store for a big input) instead of being scheduled raw.
/// </summary>
internal sealed record WorkflowStart(string Orchestrator, object Input, ApiRoute? Route = null);
