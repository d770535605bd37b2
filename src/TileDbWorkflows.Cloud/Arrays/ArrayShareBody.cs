namespace TileDbWorkflows.Cloud.Arrays;

/// <summary>Wire body of PATCH share: <c>namespace</c>, <c>actions</c> (names from the snake_case policy).</summary>
internal sealed record ArrayShareBody(string? Namespace, IReadOnlyList<ArrayAction>? Actions);
