using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Arrays;

/// <summary>Fields to change on an array; null fields are not sent.</summary>
public sealed record ArrayInfoUpdate
{
    /// <summary>Wire field <c>description</c>.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Wire field <c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Wire field <c>uri</c>.</summary>
    [JsonPropertyName("uri")]
    public string? Uri { get; init; }

    /// <summary>Wire field <c>file_type</c>.</summary>
    [JsonPropertyName("file_type")]
    public FileType? FileType { get; init; }

    /// <summary>Wire field <c>file_properties</c>.</summary>
    [JsonPropertyName("file_properties")]
    public IReadOnlyDictionary<string, string>? FileProperties { get; init; }

    /// <summary>Wire field <c>access_credentials_name</c>.</summary>
    [JsonPropertyName("access_credentials_name")]
    public string? AccessCredentialsName { get; init; }

    /// <summary>Wire field <c>logo</c>.</summary>
    [JsonPropertyName("logo")]
    public string? Logo { get; init; }

    /// <summary>Wire field <c>tags</c>.</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Wire field <c>license_id</c>.</summary>
    [JsonPropertyName("license_id")]
    public string? LicenseId { get; init; }

    /// <summary>Wire field <c>license_text</c>.</summary>
    [JsonPropertyName("license_text")]
    public string? LicenseText { get; init; }

    /// <summary>Wire field <c>read_only</c>.</summary>
    [JsonPropertyName("read_only")]
    public bool? ReadOnly { get; init; }
}
