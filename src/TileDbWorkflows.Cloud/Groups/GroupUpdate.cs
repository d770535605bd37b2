using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Fields to change on a group; null fields are not sent.</summary>
public sealed record GroupUpdate
{
    /// <summary>Wire field <c>description</c>.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Wire field <c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Wire field <c>logo</c>.</summary>
    [JsonPropertyName("logo")]
    public string? Logo { get; init; }

    /// <summary>Wire field <c>access_credentials_name</c>.</summary>
    [JsonPropertyName("access_credentials_name")]
    public string? AccessCredentialsName { get; init; }

    /// <summary>Wire field <c>tags</c>.</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Wire field <c>license_id</c>.</summary>
    [JsonPropertyName("license_id")]
    public string? LicenseId { get; init; }

    /// <summary>Wire field <c>license_text</c>.</summary>
    [JsonPropertyName("license_text")]
    public string? LicenseText { get; init; }
}
