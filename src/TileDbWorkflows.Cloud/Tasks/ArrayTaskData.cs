using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Tasks;

/// <summary>Wire envelope of task listings.</summary>
internal sealed record ArrayTaskData
{
    /// <summary>Wire field <c>array_tasks</c>.</summary>
    [JsonPropertyName("array_tasks")]
    public IReadOnlyList<ArrayTask> ArrayTasks { get => field ?? []; init; }

    /// <summary>Wire field <c>pagination_metadata</c>.</summary>
    [JsonPropertyName("pagination_metadata")]
    public PaginationMetadata? PaginationMetadata { get; init; }
}
