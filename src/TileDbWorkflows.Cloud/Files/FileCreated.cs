using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Files;

/// <summary>Answer of file creation.</summary>
public sealed record FileCreated
{
    /// <summary>Wire field <c>output_uri</c>.</summary>
    [JsonPropertyName("output_uri")]
    public string? OutputUri { get; init; }

    /// <summary>Wire field <c>file_name</c>.</summary>
    [JsonPropertyName("file_name")]
    public string? FileName { get; init; }
}
