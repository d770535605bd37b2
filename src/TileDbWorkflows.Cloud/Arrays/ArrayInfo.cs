using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Arrays;

/// <summary>Array (or file, notebook, UDF, model) information.</summary>
public sealed record ArrayInfo
{
    /// <summary>Wire field <c>id</c>.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Wire field <c>file_type</c>.</summary>
    [JsonPropertyName("file_type")]
    public FileType? FileType { get; init; }

    /// <summary>Wire field <c>file_properties</c>.</summary>
    [JsonPropertyName("file_properties")]
    public IReadOnlyDictionary<string, string>? FileProperties { get; init; }

    /// <summary>Wire field <c>uri</c>.</summary>
    [JsonPropertyName("uri")]
    public string? Uri { get; init; }

    /// <summary>Wire field <c>namespace</c>.</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    /// <summary>Wire field <c>size</c>.</summary>
    [JsonPropertyName("size")]
    public double? Size { get; init; }

    /// <summary>Wire field <c>last_accessed</c>.</summary>
    [JsonPropertyName("last_accessed")]
    public DateTimeOffset? LastAccessed { get; init; }

    /// <summary>Wire field <c>description</c>.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Wire field <c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Wire field <c>allowed_actions</c>.</summary>
    [JsonPropertyName("allowed_actions")]
    public IReadOnlyList<ArrayAction> AllowedActions { get => field ?? []; init; }

    /// <summary>Wire field <c>logo</c>.</summary>
    [JsonPropertyName("logo")]
    public string? Logo { get; init; }

    /// <summary>Wire field <c>access_credentials_name</c>.</summary>
    [JsonPropertyName("access_credentials_name")]
    public string? AccessCredentialsName { get; init; }

    /// <summary>Wire field <c>type</c>.</summary>
    [JsonPropertyName("type")]
    public ArrayType? Type { get; init; }

    /// <summary>Wire field <c>share_count</c>.</summary>
    [JsonPropertyName("share_count")]
    public int? ShareCount { get; init; }

    /// <summary>Wire field <c>public_share</c>.</summary>
    [JsonPropertyName("public_share")]
    public bool? PublicShare { get; init; }

    /// <summary>Wire field <c>namespace_subscribed</c>.</summary>
    [JsonPropertyName("namespace_subscribed")]
    public bool? NamespaceSubscribed { get; init; }

    /// <summary>Wire field <c>tiledb_uri</c>.</summary>
    [JsonPropertyName("tiledb_uri")]
    public string? TiledbUri { get; init; }

    /// <summary>Wire field <c>tags</c>.</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyList<string> Tags { get => field ?? []; init; }

    /// <summary>Wire field <c>license_id</c>.</summary>
    [JsonPropertyName("license_id")]
    public string? LicenseId { get; init; }

    /// <summary>Wire field <c>license_text</c>.</summary>
    [JsonPropertyName("license_text")]
    public string? LicenseText { get; init; }

    /// <summary>Wire field <c>read_only</c>.</summary>
    [JsonPropertyName("read_only")]
    public bool? ReadOnly { get; init; }

    /// <summary>Wire field <c>is_favorite</c>.</summary>
    [JsonPropertyName("is_favorite")]
    public bool? IsFavorite { get; init; }

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
