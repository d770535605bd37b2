namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Filters of the group browser listings. Null means "not sent".</summary>
public sealed record GroupListFilter
{
    /// <summary>1-based page.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page.</summary>
    public int? PerPage { get; init; }

    /// <summary>Search keywords.</summary>
    public string? Search { get; init; }

    /// <summary>Only this namespace.</summary>
    public string? Namespace { get; init; }

    /// <summary>Permission filter.</summary>
    public string? Permissions { get; init; }

    /// <summary>Only this group type.</summary>
    public GroupType? GroupType { get; init; }

    /// <summary>Tags to include (repeated <c>tag</c>).</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Tags to exclude (repeated <c>exclude_tag</c>).</summary>
    public IReadOnlyList<string>? ExcludeTags { get; init; }

    /// <summary>Flat listing (ignore nesting). The Python client sends <c>True</c> by default; so does this.</summary>
    public bool? Flat { get; init; } = true;

    /// <summary>Only children of this parent group id.</summary>
    public string? Parent { get; init; }

    /// <summary>Return metadata too.</summary>
    public bool? WithMetadata { get; init; }

    /// <summary>Sort order (last_accessed, size, name).</summary>
    public string? OrderBy { get; init; }

    /// <summary>Shared listing only: namespaces shared to (repeated <c>shared_to</c>).</summary>
    public IReadOnlyList<string>? SharedTo { get; init; }
}
