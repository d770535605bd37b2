namespace TileDbWorkflows.Workflows.Invitations;

/// <summary>
/// Recipients and what to invite them to; <see cref="Target"/> is a <c>tiledb://</c> URI or an organization. The input
/// of one chunk's sub-orchestration (<see cref="InvitationChunkOrchestrator"/>) and of one TileDB invitation request
/// (<see cref="SendInvitationsActivity"/>): a batch is a chunk with fewer recipients.
/// </summary>
public sealed record InvitationBatch(
    InvitationKind Kind,
    string Target,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> GroupActions,
    string? Role,
    IReadOnlyList<string> Recipients,
    bool DryRun);
