namespace TileDbWorkflows.Workflows.Files;

/// <summary>Files to import into file arrays of <see cref="Namespace"/>, and file arrays to export.</summary>
public sealed record FileTransferRequest
{
    public string Namespace { get; init; } = string.Empty;

    public IReadOnlyList<FileImportSpec> Imports { get; init; } = [];

    public IReadOnlyList<FileExportSpec> Exports { get; init; } = [];
}
