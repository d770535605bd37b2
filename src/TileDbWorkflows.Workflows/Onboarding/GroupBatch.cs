namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>Groups to register or create, parents before children, with their memberships.</summary>
public sealed record GroupBatch(string Namespace, IReadOnlyList<GroupSpec> Groups, bool DryRun);
