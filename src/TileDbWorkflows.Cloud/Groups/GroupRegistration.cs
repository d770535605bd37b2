namespace TileDbWorkflows.Cloud.Groups;

/// <summary>An existing group in object storage to register (v2 <c>PUT /v2/groups/{namespace}</c>).</summary>
public sealed record GroupRegistration
{
    /// <summary>Storage URI of the group.</summary>
    public required string StorageUri { get; init; }

    /// <summary>Namespace; null uses the caller's user name.</summary>
    public string? Namespace { get; init; }

    /// <summary>Name; null uses the last segment of the storage URI.</summary>
    public string? Name { get; init; }

    /// <summary>Stored credentials name.</summary>
    public string? CredentialsName { get; init; }

    /// <summary>Parent group to add the registered group to.</summary>
    public TileDbUri? ParentUri { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }
}
