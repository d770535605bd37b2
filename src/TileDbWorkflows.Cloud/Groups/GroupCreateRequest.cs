namespace TileDbWorkflows.Cloud.Groups;

/// <summary>A new group to create (v2 <c>POST /v2/groups/{namespace}</c>).</summary>
public sealed record GroupCreateRequest
{
    /// <summary>Group name.</summary>
    public required string Name { get; init; }

    /// <summary>Namespace; null uses the caller's user name.</summary>
    public string? Namespace { get; init; }

    /// <summary>Storage URI; null derives it from the namespace's default group location plus the name.</summary>
    public string? StorageUri { get; init; }

    /// <summary>Stored credentials name (sent as <c>X-TILEDB-CLOUD-ACCESS-CREDENTIALS-NAME</c>); null uses the namespace default.</summary>
    public string? CredentialsName { get; init; }

    /// <summary>Parent group to add the new group to.</summary>
    public TileDbUri? ParentUri { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Tags.</summary>
    public IReadOnlyList<string>? Tags { get; init; }
}
