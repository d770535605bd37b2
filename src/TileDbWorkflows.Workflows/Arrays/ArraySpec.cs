namespace TileDbWorkflows.Workflows.Arrays;

/// <summary>An array to register in the plan's namespace.</summary>
public sealed record ArraySpec
{
    /// <summary>The name the array gets in TileDB Cloud.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Where the array lives in object storage, e.g. <c>s3://bucket/path/array</c>.</summary>
    public string StorageUri { get; init; } = string.Empty;

    public string? Description { get; init; }

    /// <summary>The name of the storage credentials saved in TileDB Cloud; the namespace default when null.</summary>
    public string? CredentialsName { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
}
