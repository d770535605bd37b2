namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Wire <c>group_changes</c> of v2 PATCH: <c>members_to_add</c>, <c>members_to_remove</c> (names from the snake_case policy).</summary>
internal sealed record GroupChangesBody(IReadOnlyList<GroupMemberBody>? MembersToAdd, IReadOnlyList<string>? MembersToRemove);
