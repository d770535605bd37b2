namespace TileDbWorkflows.Workflows.Files;

/// <summary>A file in object storage to import into a TileDB file array.</summary>
public sealed record FileImportSpec
{
    /// <summary>The source file, e.g. <c>s3://bucket/docs/report.pdf</c>.</summary>
    public string InputUri { get; init; } = string.Empty;

    /// <summary>The name of the file array to create.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Where the file array is written; the namespace's default file location when null.</summary>
    public string? OutputUri { get; init; }

    public string? CredentialsName { get; init; }
}
