namespace TileDbWorkflows.Workflows.Files;

/// <summary>Files to import into file arrays of <see cref="Namespace"/> in one activity call.</summary>
public sealed record FileImportBatch(string Namespace, IReadOnlyList<FileImportSpec> Files, bool DryRun);
