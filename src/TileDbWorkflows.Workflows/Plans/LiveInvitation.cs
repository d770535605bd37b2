using TileDbWorkflows.Workflows.Invitations;

namespace TileDbWorkflows.Workflows.Plans;

/// <summary>A pending invitation to one of the plan's targets (an asset URI, or an organization name).</summary>
public sealed record LiveInvitation(InvitationKind Kind, string Target, string Recipient, string Id);
