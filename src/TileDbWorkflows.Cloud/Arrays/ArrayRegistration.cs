namespace TileDbWorkflows.Cloud.Arrays;

/// <summary>An array in object storage to register with TileDB Cloud.</summary>
public sealed record ArrayRegistration
{
    /// <summary>Storage URI, for example <c>s3://bucket/array</c>.</summary>
    public required string StorageUri { get; init; }

    /// <summary>Namespace to register under; null uses the caller's own user name (one extra <c>GET /v1/user</c>).</summary>
    public string? Namespace { get; init; }

    /// <summary>Name in TileDB Cloud; null uses the last segment of <see cref="StorageUri"/>.</summary>
    public string? Name { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Stored cloud credentials to reach the storage.</summary>
    public string? AccessCredentialsName { get; init; }
}
