namespace TileDbWorkflows.Workflows.Invitations;

/// <summary>
/// Recipients and what to invite them to; <see cref="Target"/> is a <c>tiledb://</c> URI or an organization. The input
/// of one TileDB invitation request
/// (<see cref="SendInvitationsActivity"/>), built by the list engine from a chunk's slice (<see cref="InvitationList"/>).
/// </summary>
public sealed record InvitationBatch(
    InvitationKind Kind,
    string Target,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> GroupActions,
    string? Role,
    IReadOnlyList<string> Recipients,
    bool DryRun);
