using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Groups;

namespace TileDbWorkflows.Cloud.Invitations;

/// <summary>Wire body of a group invitation: <c>array_actions</c>, <c>group_actions</c>, <c>invitee_email_or_name</c> (names from the snake_case policy).</summary>
internal sealed record GroupInvitationBody(IReadOnlyList<ArrayAction>? ArrayActions, IReadOnlyList<GroupAction>? GroupActions, IReadOnlyList<string>? InviteeEmailOrName);
