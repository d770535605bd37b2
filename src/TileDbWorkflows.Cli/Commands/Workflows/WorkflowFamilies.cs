using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Commands.Workflows;

/// <summary>
/// Groups child instances (an id that extends a listed parent's id with ':', e.g. <c>X:chunk-0001</c>, <c>X:sharing</c>)
/// under their parent, newest parent first, so a listing shows one row per thing the user started.
/// </summary>
internal static class WorkflowFamilies
{
    public const char ChildSeparator = ':';

    public static IReadOnlyList<WorkflowFamily> Fold(IEnumerable<WorkflowStatus> items)
    {
        var newestFirst = items.OrderByDescending(w => w.CreatedAt).ThenBy(w => w.Id, StringComparer.Ordinal).ToList();
        var ids = newestFirst.Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
        var children = new Dictionary<string, List<WorkflowStatus>>(StringComparer.Ordinal);
        var families = new List<WorkflowFamily>();
        foreach (var item in newestFirst)
        {
            if (ParentOf(item.Id, ids) is { } parent)
            {
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }

                list.Add(item);
            }
        }

        foreach (var item in newestFirst.Where(w => ParentOf(w.Id, ids) is null))
        {
            var own = children.TryGetValue(item.Id, out var list) ? list.OrderBy(c => c.Id, StringComparer.Ordinal).ToList() : [];
            families.Add(new WorkflowFamily(item, own));
        }

        return families;
    }

    /// <summary>The topmost listed ancestor, so <c>X:a:b</c> folds under <c>X</c> even when <c>X:a</c> is listed too; null for a root.</summary>
    private static string? ParentOf(string id, HashSet<string> listed)
    {
        var end = id.LastIndexOf(ChildSeparator);
        while (end > 0)
        {
            var candidate = id[..end];
            if (listed.Contains(candidate))
            {
                return TopOf(candidate, listed);
            }

            end = candidate.LastIndexOf(ChildSeparator);
        }

        return null;
    }

    private static string TopOf(string id, HashSet<string> listed) => ParentOf(id, listed) ?? id;
}
