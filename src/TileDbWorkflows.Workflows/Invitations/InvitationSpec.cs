namespace TileDbWorkflows.Workflows.Invitations;

/// <summary>Invitations to one array, group or organization.</summary>
public record InvitationSpec
{
    public InvitationKind Kind { get; init; }

    /// <summary>The array or group (name in the plan's namespace or <c>tiledb://</c> URI), or the organization name.</summary>
    public string Target { get; init; } = string.Empty;

    /// <summary>Email addresses or usernames.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Array actions (array and group invitations) or namespace actions (organization invitations).</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>Group actions, for group invitations.</summary>
    public IReadOnlyList<string> GroupActions { get; init; } = [];

    /// <summary>The organization role, for organization invitations.</summary>
    public string? Role { get; init; }
}
