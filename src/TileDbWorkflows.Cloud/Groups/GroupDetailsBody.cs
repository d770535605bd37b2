using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Wire <c>group_details</c> of v2 create/register.</summary>
internal sealed record GroupDetailsBody
{
    /// <summary>Wire field <c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Wire field <c>uri</c>.</summary>
    [JsonPropertyName("uri")]
    public string? Uri { get; init; }

    /// <summary>Wire field <c>description</c>.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Wire field <c>access_credentials_name</c>.</summary>
    [JsonPropertyName("access_credentials_name")]
    public string? AccessCredentialsName { get; init; }

    /// <summary>Wire field <c>tags</c>.</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Wire field <c>region</c>.</summary>
    [JsonPropertyName("region")]
    public string? Region { get; init; }
}
