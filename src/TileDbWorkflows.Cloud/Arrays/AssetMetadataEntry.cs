using System.Text.Json;
using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Arrays;

/// <summary>One metadata entry returned when listing with metadata.</summary>
public sealed record AssetMetadataEntry
{
    /// <summary>Wire field <c>key</c>.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; init; }

    /// <summary>Wire field <c>value</c>.</summary>
    [JsonPropertyName("value")]
    public JsonElement? Value { get; init; }

    /// <summary>Wire field <c>type</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }
}
