namespace TileDbWorkflows.Workflows.Files;

/// <summary>A TileDB file array to export back to object storage in its original format.</summary>
public sealed record FileExportSpec
{
    /// <summary>The file array, as <c>tiledb://namespace/name</c>.</summary>
    public string Uri { get; init; } = string.Empty;

    /// <summary>Where the exported file is written, e.g. <c>s3://bucket/out/report.pdf</c>.</summary>
    public string OutputUri { get; init; } = string.Empty;
}
