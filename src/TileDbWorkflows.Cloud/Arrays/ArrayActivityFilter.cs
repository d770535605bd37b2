namespace TileDbWorkflows.Cloud.Arrays;

/// <summary>Filters of array activity (server defaults: the last 7 days).</summary>
public sealed record ArrayActivityFilter
{
    /// <summary>Start time (sent as unix seconds).</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>End time (sent as unix seconds).</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>Event types, as one string (the Spec types it as a single string).</summary>
    public string? EventTypes { get; init; }

    /// <summary>Only events of this task.</summary>
    public string? TaskId { get; init; }

    /// <summary>Only events with (or without) a task id.</summary>
    public bool? HasTaskId { get; init; }
}
