namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>
/// Orders a plan's groups so that a group's parent and its member groups (when they are in the plan) are handled
/// first: a parent must exist before a child is put in it, and a member must exist before it is added.
/// </summary>
public static class GroupOrder
{
    public static IReadOnlyList<GroupSpec> Sort(IReadOnlyList<GroupSpec> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var byName = groups.GroupBy(g => g.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        var sorted = new List<GroupSpec>(groups.Count);

        void Visit(GroupSpec g)
        {
            if (done.Contains(g.Name) || !visiting.Add(g.Name))
            {
                // Already placed, or a cycle (a group listed as both parent and member): keep the plan's order for it.
                return;
            }
            foreach (var dep in Dependencies(g))
            {
                if (byName.TryGetValue(dep, out var d))
                {
                    Visit(d);
                }
            }
            visiting.Remove(g.Name);
            if (done.Add(g.Name))
            {
                sorted.Add(g);
            }
        }

        foreach (var g in groups)
        {
            Visit(g);
        }
        return sorted;
    }

    /// <summary>The names of the groups in the same namespace that <paramref name="g"/> needs first: its parent and member groups.</summary>
    public static IEnumerable<string> Dependencies(GroupSpec g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return Of(g);
    }

    private static IEnumerable<string> Of(GroupSpec g)
    {
        if (g.Parent is { } parent && !parent.Contains('/', StringComparison.Ordinal))
        {
            yield return parent;
        }
        foreach (var member in g.Members.Where(m => !m.Contains('/', StringComparison.Ordinal)))
        {
            yield return member;
        }
    }
}
