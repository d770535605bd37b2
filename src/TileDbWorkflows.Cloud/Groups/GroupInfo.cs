using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Arrays;

namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Group information.</summary>
public sealed record GroupInfo
{
    /// <summary>Wire field <c>id</c>.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Wire field <c>namespace</c>.</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    /// <summary>Wire field <c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Wire field <c>description</c>.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Wire field <c>uri</c>.</summary>
    [JsonPropertyName("uri")]
    public string? Uri { get; init; }

    /// <summary>Wire field <c>tiledb_uri</c>.</summary>
    [JsonPropertyName("tiledb_uri")]
    public string? TiledbUri { get; init; }

    /// <summary>Wire field <c>asset_count</c>.</summary>
    [JsonPropertyName("asset_count")]
    public int? AssetCount { get; init; }

    /// <summary>Wire field <c>group_count</c>.</summary>
    [JsonPropertyName("group_count")]
    public int? GroupCount { get; init; }

    /// <summary>Wire field <c>size</c>.</summary>
    [JsonPropertyName("size")]
    public int? Size { get; init; }

    /// <summary>Wire field <c>last_accessed</c>.</summary>
    [JsonPropertyName("last_accessed")]
    public DateTimeOffset? LastAccessed { get; init; }

    /// <summary>Wire field <c>allowed_actions</c>.</summary>
    [JsonPropertyName("allowed_actions")]
    public IReadOnlyList<GroupAction> AllowedActions { get => field ?? []; init; }

    /// <summary>Wire field <c>group_type</c>.</summary>
    [JsonPropertyName("group_type")]
    public GroupType? GroupType { get; init; }

    /// <summary>Wire field <c>logo</c>.</summary>
    [JsonPropertyName("logo")]
    public string? Logo { get; init; }

    /// <summary>Wire field <c>access_credentials_name</c>.</summary>
    [JsonPropertyName("access_credentials_name")]
    public string? AccessCredentialsName { get; init; }

    /// <summary>Wire field <c>share_count</c>.</summary>
    [JsonPropertyName("share_count")]
    public int? ShareCount { get; init; }

    /// <summary>Wire field <c>public_share</c>.</summary>
    [JsonPropertyName("public_share")]
    public bool? PublicShare { get; init; }

    /// <summary>Wire field <c>tags</c>.</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyList<string> Tags { get => field ?? []; init; }

    /// <summary>Wire field <c>license_id</c>.</summary>
    [JsonPropertyName("license_id")]
    public string? LicenseId { get; init; }

    /// <summary>Wire field <c>license_text</c>.</summary>
    [JsonPropertyName("license_text")]
    public string? LicenseText { get; init; }

    /// <summary>Wire field <c>created_at</c>.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Wire field <c>created_by</c>.</summary>
    [JsonPropertyName("created_by")]
    public string? CreatedBy { get; init; }

    /// <summary>Wire field <c>metadata</c>.</summary>
    [JsonPropertyName("metadata")]
    public IReadOnlyList<AssetMetadataEntry> Metadata { get => field ?? []; init; }
}
