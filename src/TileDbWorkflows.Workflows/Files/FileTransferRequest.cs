using TileDbWorkflows.Workflows.Payloads;

namespace TileDbWorkflows.Workflows.Files;

/// <summary>Files to import into file arrays of <see cref="Namespace"/>, and file arrays to export.</summary>
public sealed record FileTransferRequest : IPayloadInput<FileTransferRequest>
{
    public string Namespace { get; init; } = string.Empty;

    public IReadOnlyList<FileImportSpec> Imports { get; init; } = [];

    public IReadOnlyList<FileExportSpec> Exports { get; init; } = [];

    /// <summary>Set by the trigger when the request was too big to schedule inline.</summary>
    public string? InputBlob { get; init; }

    public FileTransferRequest ByReference(string inputBlob) => this with { Imports = [], Exports = [], InputBlob = inputBlob };
}
