using TileDbWorkflows.Workflows.Onboarding;

namespace TileDbWorkflows.Workflows.Invitations;

/// <summary>
/// One queue message (or HTTP body) of the bulk invitations workflow. <see cref="RequestId"/> becomes the instance
/// id, so a redelivered message starts nothing new. Array and group targets are full <c>tiledb://</c> URIs.
/// </summary>
public sealed record BulkInvitationRequest : InvitationSpec
{
    public string RequestId { get; init; } = string.Empty;
}
