using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Wire v2 group member (type upper case).</summary>
internal sealed record GroupMemberBody
{
    /// <summary>Wire field <c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Wire field <c>uri</c>.</summary>
    [JsonPropertyName("uri")]
    public string? Uri { get; init; }

    /// <summary>Wire field <c>type</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }
}
