namespace TileDbWorkflows.Workflows.Invitations;

/// <summary>
/// One queue message (or HTTP body) of the bulk invitations workflow. <see cref="RequestId"/> becomes the instance
/// id, so a redelivered message starts nothing new. Array and group targets are full <c>tiledb://</c> URIs.
/// </summary>
public sealed record BulkInvitationRequest : InvitationSpec
{
    public string RequestId { get; init; } = string.Empty;

    /// <summary>Report who would be invited or skipped without sending anything (onboarding's dry run uses it).</summary>
    public bool DryRun { get; init; }
}
