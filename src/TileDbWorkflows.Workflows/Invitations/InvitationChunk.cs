using TileDbWorkflows.Workflows.Onboarding;

namespace TileDbWorkflows.Workflows.Invitations;

/// <summary>The input of one invitation sub-orchestration: a slice of the recipient list and what to invite them to.</summary>
public sealed record InvitationChunk(
    InvitationKind Kind,
    string Target,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> GroupActions,
    string? Role,
    IReadOnlyList<string> Recipients,
    bool DryRun);
