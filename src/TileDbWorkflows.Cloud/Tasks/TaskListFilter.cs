namespace TileDbWorkflows.Cloud.Tasks;

/// <summary>Filters of the task listing. Null means "not sent".</summary>
public sealed record TaskListFilter
{
    /// <summary>Only tasks in this namespace (replaced by the array's namespace when <see cref="Array"/> is set, as in Python).</summary>
    public string? Namespace { get; init; }

    /// <summary>Only tasks on this array; sent as the full <c>tiledb://</c> URI, which the server requires.</summary>
    public TileDbUri? Array { get; init; }

    /// <summary>Start time (sent as unix seconds).</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>End time (sent as unix seconds). Unlike Python, no stale default is computed.</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>Only tasks with this status.</summary>
    public ArrayTaskStatus? Status { get; init; }

    /// <summary>1-based page.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page.</summary>
    public int? PerPage { get; init; }

    /// <summary>Only tasks created by this user.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>Only tasks of this type.</summary>
    public ArrayTaskType? Type { get; init; }

    /// <summary>Task types to exclude (sent comma-joined in one <c>exclude_type</c> key).</summary>
    public IReadOnlyList<ArrayTaskType>? ExcludeTypes { get; init; }

    /// <summary>Search keywords.</summary>
    public string? Search { get; init; }

    /// <summary>Sort order (start_time, name).</summary>
    public string? OrderBy { get; init; }
}
