namespace TileDbWorkflows.Cloud.Files;

/// <summary>File arrays: import from and export to object storage (synchronous calls, no task).</summary>
public interface IFilesClient
{
    /// <summary>Creates a file array from a file in object storage and registers it.</summary>
    Task<FileCreated> CreateAsync(FileCreateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Exports a file array back to its original format in object storage.</summary>
    Task<FileExported> ExportAsync(TileDbUri file, string outputUri, CancellationToken cancellationToken = default);
}
