namespace TileDbWorkflows.Workflows.Files;

/// <summary>File arrays to export in one activity call.</summary>
public sealed record FileExportBatch(IReadOnlyList<FileExportSpec> Exports);
