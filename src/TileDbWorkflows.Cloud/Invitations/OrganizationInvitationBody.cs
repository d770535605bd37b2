using TileDbWorkflows.Cloud.Users;

namespace TileDbWorkflows.Cloud.Invitations;

/// <summary>Wire body of an organization invitation: <c>organization_role</c>, <c>invitee_email</c>, <c>actions</c> (names from the snake_case policy).</summary>
internal sealed record OrganizationInvitationBody(OrganizationRole? OrganizationRole, IReadOnlyList<string>? InviteeEmail, IReadOnlyList<NamespaceAction>? Actions);
