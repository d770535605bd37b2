namespace TileDbWorkflows.Cloud.Files;

/// <summary>Import a file from object storage into a TileDB file array.</summary>
public sealed record FileCreateRequest
{
    /// <summary>Namespace that will own the file array.</summary>
    public required string Namespace { get; init; }

    /// <summary>Source file, for example <c>s3://bucket/files/report.pdf</c>.</summary>
    public required string InputUri { get; init; }

    /// <summary>Where the file array is written.</summary>
    public required string OutputUri { get; init; }

    /// <summary>Registered name; null lets the service choose.</summary>
    public string? Name { get; init; }

    /// <summary>Stored credentials name (sent as a header).</summary>
    public string? AccessCredentialsName { get; init; }
}
