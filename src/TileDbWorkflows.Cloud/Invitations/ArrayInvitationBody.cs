using TileDbWorkflows.Cloud.Arrays;

namespace TileDbWorkflows.Cloud.Invitations;

/// <summary>Wire body of an array invitation: <c>actions</c>, <c>invitee_email</c> (names from the snake_case policy).</summary>
internal sealed record ArrayInvitationBody(IReadOnlyList<ArrayAction>? Actions, IReadOnlyList<string>? InviteeEmail);
