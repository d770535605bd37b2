using TileDbWorkflows.Cloud.Http;

namespace TileDbWorkflows.Cloud.Files;

/// <summary>HTTP implementation of <see cref="IFilesClient"/>.</summary>
internal sealed class FilesClient(TileDbHttp http) : IFilesClient
{
    public Task<FileCreated> CreateAsync(FileCreateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new FileCreateBody { InputUri = request.InputUri, OutputUri = request.OutputUri, Name = request.Name };
        var create = TileDbRequest.Post($"/v1/files/{TileDbHttp.Segment(request.Namespace)}", TileDbHttp.JsonBody(body)) with { AccessCredentialsName = request.AccessCredentialsName };
        return http.SendAsync<FileCreated>(create, cancellationToken);
    }

    public Task<FileExported> ExportAsync(TileDbUri file, string outputUri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrEmpty(outputUri);

        // Python exports local targets by reading the array through TileDB core, which this client does not embed.
        if (outputUri.StartsWith("file://", StringComparison.OrdinalIgnoreCase) || !outputUri.Contains("://", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Export to a local path ('{outputUri}') needs TileDB core; export to object storage instead.");
        }

        var body = new FileExportBody { OutputUri = outputUri };
        return http.SendAsync<FileExported>(TileDbRequest.Post($"/v1/files/{file.EncodedPath}/export", TileDbHttp.JsonBody(body)), cancellationToken);
    }
}
