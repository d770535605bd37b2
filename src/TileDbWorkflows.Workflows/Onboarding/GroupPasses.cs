namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>
/// Splits a plan's groups into passes of the list engine that keep dependency order with bounded histories: pass k
/// registers or creates the groups of depth k (a parent and member groups in the plan come first, depth 0 has none),
/// and puts the groups of depth k - 1 in their parents and adds their members, all of which exist by then. Items of
/// one pass are independent of each other, so its batches run in parallel.
/// </summary>
public static class GroupPasses
{
    public static IReadOnlyList<IReadOnlyList<GroupOp>> Of(IReadOnlyList<GroupSpec> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        var sorted = GroupOrder.Sort(groups);
        foreach (var g in sorted)
        {
            // GroupOrder puts dependencies first; one not yet placed is the back edge of a cycle, which it leaves in plan order.
            depth[g.Name] = GroupOrder.Dependencies(g).Where(depth.ContainsKey).Select(d => depth[d] + 1).DefaultIfEmpty(0).Max();
        }
        var levels = sorted.Count == 0 ? 0 : depth.Values.Max() + 1;
        var passes = new List<IReadOnlyList<GroupOp>>();
        for (var k = 0; k <= levels && sorted.Count > 0; k++)
        {
            var pass = sorted.Where(g => depth[g.Name] == k).Select(g => new GroupOp(Group: g))
                .Concat(sorted.Where(g => depth[g.Name] == k - 1).SelectMany(Links))
                .ToArray();
            passes.Add(pass);
        }
        return passes;
    }

    /// <summary>Every operation of the groups in order: each group, then its parent link and members (one activity call, no engine).</summary>
    public static IReadOnlyList<GroupOp> InOrder(IReadOnlyList<GroupSpec> groups) => Of(groups).SelectMany(p => p).ToArray();

    /// <summary>Report lines the groups phase has: per group 1, 1 for a parent, 1 per member.</summary>
    public static int LineCount(IReadOnlyList<GroupSpec> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return groups.Sum(g => 1 + (g.Parent is null ? 0 : 1) + g.Members.Count);
    }

    private static IEnumerable<GroupOp> Links(GroupSpec g)
    {
        if (g.Parent is { } parent)
        {
            yield return new GroupOp(Container: parent, Member: g.Name, MemberIsGroup: true);
        }
        foreach (var member in g.Members)
        {
            yield return new GroupOp(Container: g.Name, Member: member);
        }
    }
}
