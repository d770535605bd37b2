namespace TileDbWorkflows.Cloud.Arrays;

/// <summary>Filters of the array browser listings (owned, shared, public). Null means "not sent".</summary>
public sealed record ArrayListFilter
{
    /// <summary>1-based page.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page.</summary>
    public int? PerPage { get; init; }

    /// <summary>Search keywords.</summary>
    public string? Search { get; init; }

    /// <summary>Only this namespace.</summary>
    public string? Namespace { get; init; }

    /// <summary>Permission filter (read, read_write, write, admin). Python sends only the first of a list; so does this.</summary>
    public string? Permissions { get; init; }

    /// <summary>Tags to include (repeated <c>tag</c> keys).</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Tags to exclude (repeated <c>exclude_tag</c> keys).</summary>
    public IReadOnlyList<string>? ExcludeTags { get; init; }

    /// <summary>Asset kinds to include (repeated <c>file_type</c> keys): notebook, ML model, UDF, task graph, file.</summary>
    public IReadOnlyList<FileType>? FileTypes { get; init; }

    /// <summary>Asset kinds to exclude (repeated <c>exclude_file_type</c> keys).</summary>
    public IReadOnlyList<FileType>? ExcludeFileTypes { get; init; }

    /// <summary>Return array metadata too.</summary>
    public bool? WithMetadata { get; init; }

    /// <summary>Sort order (size, name).</summary>
    public string? OrderBy { get; init; }

    /// <summary>Shared listing only: namespaces the arrays are shared to (repeated <c>shared_to</c>).</summary>
    public IReadOnlyList<string>? SharedTo { get; init; }
}
