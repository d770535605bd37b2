using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Files;

/// <summary>Wire body of file export.</summary>
internal sealed record FileExportBody
{
    /// <summary>Wire field <c>output_uri</c>.</summary>
    [JsonPropertyName("output_uri")]
    public string? OutputUri { get; init; }
}
