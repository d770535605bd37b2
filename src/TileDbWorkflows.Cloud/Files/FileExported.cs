using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Files;

/// <summary>Answer of file export.</summary>
public sealed record FileExported
{
    /// <summary>Wire field <c>output_uri</c>.</summary>
    [JsonPropertyName("output_uri")]
    public string? OutputUri { get; init; }
}
