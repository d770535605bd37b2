namespace TileDbWorkflows.Workflows.Sharing;

/// <summary>Share items handled by one activity call.</summary>
public sealed record ShareBatch(string Namespace, IReadOnlyList<ShareItem> Items, bool Revoke, bool DryRun);
