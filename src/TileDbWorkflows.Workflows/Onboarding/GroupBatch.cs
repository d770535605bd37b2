namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>
/// Group work of one activity call: <see cref="Ops"/> when the list engine sends them (one line each), else every
/// group of <see cref="Groups"/> with its parent link and members, in dependency order.
/// </summary>
public sealed record GroupBatch(string Namespace, IReadOnlyList<GroupSpec> Groups, bool DryRun, IReadOnlyList<GroupOp>? Ops = null);
