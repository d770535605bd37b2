using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Arrays;

/// <summary>Wire envelope of array listings.</summary>
internal sealed record ArrayBrowserData
{
    /// <summary>Wire field <c>arrays</c>.</summary>
    [JsonPropertyName("arrays")]
    public IReadOnlyList<ArrayInfo> Arrays { get => field ?? []; init; }

    /// <summary>Wire field <c>pagination_metadata</c>.</summary>
    [JsonPropertyName("pagination_metadata")]
    public PaginationMetadata? PaginationMetadata { get; init; }
}
