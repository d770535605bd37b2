using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Arrays;

/// <summary>One array activity event.</summary>
public sealed record ArrayActivityLog
{
    /// <summary>Wire field <c>event_at</c>.</summary>
    [JsonPropertyName("event_at")]
    public DateTimeOffset? EventAt { get; init; }

    /// <summary>Wire field <c>action</c>.</summary>
    [JsonPropertyName("action")]
    public ActivityEventType? Action { get; init; }

    /// <summary>Wire field <c>username</c>.</summary>
    [JsonPropertyName("username")]
    public string? Username { get; init; }

    /// <summary>Wire field <c>bytes_sent</c>.</summary>
    [JsonPropertyName("bytes_sent")]
    public long? BytesSent { get; init; }

    /// <summary>Wire field <c>bytes_received</c>.</summary>
    [JsonPropertyName("bytes_received")]
    public long? BytesReceived { get; init; }

    /// <summary>Wire field <c>array_task_id</c>.</summary>
    [JsonPropertyName("array_task_id")]
    public string? ArrayTaskId { get; init; }

    /// <summary>Wire field <c>id</c>.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Wire field <c>query_ranges</c>.</summary>
    [JsonPropertyName("query_ranges")]
    public string? QueryRanges { get; init; }

    /// <summary>Wire field <c>query_stats</c>.</summary>
    [JsonPropertyName("query_stats")]
    public string? QueryStats { get; init; }
}
