namespace TileDbWorkflows.Workflows.Storage;

/// <summary>How <see cref="IBlobDocumentStore.WriteAsync"/> writes a document.</summary>
public sealed record BlobDocumentWriteOptions
{
    public string ContentType { get; init; } = "application/octet-stream";

    /// <summary>False writes only when no document of that name exists (a create-once claim); true replaces it.</summary>
    public bool Overwrite { get; init; } = true;
}
