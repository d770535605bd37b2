using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Answer of v2 group creation.</summary>
public sealed record GroupCreationResponse
{
    /// <summary>Wire field <c>id</c>.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Wire field <c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Wire field <c>tiledb_uri</c>.</summary>
    [JsonPropertyName("tiledb_uri")]
    public string? TiledbUri { get; init; }
}
