using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Wire envelope of group listings.</summary>
internal sealed record GroupBrowserData
{
    /// <summary>Wire field <c>groups</c>.</summary>
    [JsonPropertyName("groups")]
    public IReadOnlyList<GroupInfo> Groups { get => field ?? []; init; }

    /// <summary>Wire field <c>pagination_metadata</c>.</summary>
    [JsonPropertyName("pagination_metadata")]
    public PaginationMetadata? PaginationMetadata { get; init; }
}
