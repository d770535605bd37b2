using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Users;

/// <summary>A default storage path and credentials for one asset kind.</summary>
public sealed record StorageLocation
{
    /// <summary>Wire field <c>path</c>.</summary>
    [JsonPropertyName("path")]
    public string? Path { get; init; }

    /// <summary>Wire field <c>credentials_name</c>.</summary>
    [JsonPropertyName("credentials_name")]
    public string? CredentialsName { get; init; }
}
