using TileDbWorkflows.Workflows.Onboarding;

namespace TileDbWorkflows.Workflows.Invitations;

/// <summary>Recipients sent in one TileDB invitation request; <see cref="Target"/> is a <c>tiledb://</c> URI or an organization.</summary>
public sealed record InvitationBatch(
    InvitationKind Kind,
    string Target,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> GroupActions,
    string? Role,
    IReadOnlyList<string> Recipients,
    bool DryRun);
