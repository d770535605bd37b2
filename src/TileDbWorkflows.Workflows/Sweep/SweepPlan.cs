using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>What a sweep does in one namespace: arrays to register or update, those already right, names to deregister, conflicts.</summary>
public sealed record SweepPlan(IReadOnlyList<ArraySpec> Ensure, IReadOnlyList<ArraySpec> Unchanged, IReadOnlyList<string> Remove, IReadOnlyList<ItemResult> Conflicts);
