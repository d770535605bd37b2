using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Users;

/// <summary>Default storage locations per asset kind.</summary>
public sealed record AssetLocations
{
    /// <summary>Wire field <c>arrays</c>.</summary>
    [JsonPropertyName("arrays")]
    public StorageLocation? Arrays { get; init; }

    /// <summary>Wire field <c>files</c>.</summary>
    [JsonPropertyName("files")]
    public StorageLocation? Files { get; init; }

    /// <summary>Wire field <c>groups</c>.</summary>
    [JsonPropertyName("groups")]
    public StorageLocation? Groups { get; init; }

    /// <summary>Wire field <c>ml_models</c>.</summary>
    [JsonPropertyName("ml_models")]
    public StorageLocation? MlModels { get; init; }

    /// <summary>Wire field <c>notebooks</c>.</summary>
    [JsonPropertyName("notebooks")]
    public StorageLocation? Notebooks { get; init; }

    /// <summary>Wire field <c>task_graphs</c>.</summary>
    [JsonPropertyName("task_graphs")]
    public StorageLocation? TaskGraphs { get; init; }

    /// <summary>Wire field <c>udfs</c>.</summary>
    [JsonPropertyName("udfs")]
    public StorageLocation? Udfs { get; init; }
}
