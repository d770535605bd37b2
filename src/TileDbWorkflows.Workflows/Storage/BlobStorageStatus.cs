namespace TileDbWorkflows.Workflows.Storage;

/// <summary>
/// Whether the host has a blob storage connection, registered beside <see cref="IBlobDocumentStore"/>. A start whose
/// workflow needs blob storage (the sweep) is refused up front with <see cref="Missing"/> instead of failing later.
/// </summary>
/// <param name="Missing">What to set, in words; null when storage is configured.</param>
public sealed record BlobStorageStatus(string? Missing)
{
    public static BlobStorageStatus Configured { get; } = new((string?)null);

    public bool IsConfigured => Missing is null;
}
