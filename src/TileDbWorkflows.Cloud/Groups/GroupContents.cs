using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Wire envelope of group contents.</summary>
internal sealed record GroupContents
{
    /// <summary>Wire field <c>entries</c>.</summary>
    [JsonPropertyName("entries")]
    public IReadOnlyList<GroupEntry> Entries { get => field ?? []; init; }

    /// <summary>Wire field <c>pagination_metadata</c>.</summary>
    [JsonPropertyName("pagination_metadata")]
    public PaginationMetadata? PaginationMetadata { get; init; }
}
