namespace TileDbWorkflows.Workflows.Tasks;

/// <summary>TileDB task ids to wait for until each ends or the deadline passes.</summary>
public sealed record TaskWatchRequest
{
    public IReadOnlyList<string> TaskIds { get; init; } = [];

    /// <summary>How long to wait at most; the configured default when null.</summary>
    public TimeSpan? Timeout { get; init; }
}
