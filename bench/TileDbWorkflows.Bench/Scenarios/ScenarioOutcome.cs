namespace TileDbWorkflows.Bench.Scenarios;

/// <summary>Items of a run that ended done (created, updated or skipped as already done) or failed.</summary>
internal sealed record ScenarioOutcome(int Done, int Failed);
