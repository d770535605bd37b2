using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Files;

/// <summary>Wire body of file creation.</summary>
internal sealed record FileCreateBody
{
    /// <summary>Wire field <c>input_uri</c>.</summary>
    [JsonPropertyName("input_uri")]
    public string? InputUri { get; init; }

    /// <summary>Wire field <c>output_uri</c>.</summary>
    [JsonPropertyName("output_uri")]
    public string? OutputUri { get; init; }

    /// <summary>Wire field <c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }
}
