using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>
/// What a sweep does in one namespace: arrays not registered (<see cref="Missing"/>), registered ones to update
/// (<see cref="Ensure"/>), those already right, names to deregister, and conflicts.
/// </summary>
public sealed record SweepPlan(IReadOnlyList<ArraySpec> Missing, IReadOnlyList<ArraySpec> Ensure, IReadOnlyList<ArraySpec> Unchanged, IReadOnlyList<string> Remove, IReadOnlyList<ItemResult> Conflicts);
