namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>
/// One report line's worth of group work: register or create <see cref="Group"/>, or put <see cref="Member"/> in
/// <see cref="Container"/> (a group's parent link is the group put in its parent).
/// </summary>
/// <param name="Group">The group to register or create; null for a membership.</param>
/// <param name="Container">The group (name in the namespace, or URI) a member goes in.</param>
/// <param name="Member">The array or group (name or URI) to add.</param>
/// <param name="MemberIsGroup">True for a parent link, so the member's type needs no lookup.</param>
public sealed record GroupOp(GroupSpec? Group = null, string? Container = null, string? Member = null, bool MemberIsGroup = false);
