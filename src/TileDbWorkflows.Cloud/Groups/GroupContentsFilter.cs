namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Filters of group contents. The namespace filter is always the group's own, as in Python.</summary>
public sealed record GroupContentsFilter
{
    /// <summary>1-based page.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page.</summary>
    public int? PerPage { get; init; }

    /// <summary>Search keywords.</summary>
    public string? Search { get; init; }

    /// <summary>Sort order.</summary>
    public string? OrderBy { get; init; }

    /// <summary>Tags to include.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Tags to exclude.</summary>
    public IReadOnlyList<string>? ExcludeTags { get; init; }

    /// <summary>Member types to include.</summary>
    public IReadOnlyList<GroupMemberType>? MemberTypes { get; init; }

    /// <summary>Member types to exclude.</summary>
    public IReadOnlyList<GroupMemberType>? ExcludeMemberTypes { get; init; }
}
