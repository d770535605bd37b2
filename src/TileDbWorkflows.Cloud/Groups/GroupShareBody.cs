using TileDbWorkflows.Cloud.Arrays;

namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Wire body of group PATCH share: <c>namespace</c>, <c>group_actions</c>, <c>array_actions</c> (names from the snake_case policy).</summary>
internal sealed record GroupShareBody(string? Namespace, IReadOnlyList<GroupAction>? GroupActions, IReadOnlyList<ArrayAction>? ArrayActions);
