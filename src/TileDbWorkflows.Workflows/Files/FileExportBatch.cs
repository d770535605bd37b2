namespace TileDbWorkflows.Workflows.Files;

/// <summary>File arrays to export in one activity call; a dry run only checks them (the list engine's observation).</summary>
public sealed record FileExportBatch(IReadOnlyList<FileExportSpec> Exports, bool DryRun = false);
