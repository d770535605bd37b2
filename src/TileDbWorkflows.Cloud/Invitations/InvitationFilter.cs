namespace TileDbWorkflows.Cloud.Invitations;

/// <summary>Filters of the invitation listing, passed straight through as in Python. Null means "not sent".</summary>
public sealed record InvitationFilter
{
    /// <summary>Organization name or id.</summary>
    public string? Organization { get; init; }

    /// <summary>Array name or URI.</summary>
    public string? Array { get; init; }

    /// <summary>Group name or id.</summary>
    public string? Group { get; init; }

    /// <summary>Start time (sent as unix seconds).</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>End time (sent as unix seconds).</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>1-based page.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page.</summary>
    public int? PerPage { get; init; }

    /// <summary>Invitation type.</summary>
    public InvitationType? Type { get; init; }

    /// <summary>Invitation status.</summary>
    public InvitationStatus? Status { get; init; }

    /// <summary>Sort order (timestamp, array_name, organization_name).</summary>
    public string? OrderBy { get; init; }
}
