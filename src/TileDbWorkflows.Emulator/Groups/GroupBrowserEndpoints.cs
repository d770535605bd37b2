using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Common;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Groups;

/// <summary>
/// The group browser (owned / shared / public) with the same ownership rules as arrays. <c>flat=False</c>
/// hides groups that are members of another group; <c>parent</c> (a group id) lists that group's child groups.
/// </summary>
internal static class GroupBrowserEndpoints
{
    private static readonly string[] OrderFields = ["name", "size", "last_accessed"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/groups/browser/owned", ctx => List(ctx, "owned"));
        app.MapGet("/v1/groups/browser/shared", ctx => List(ctx, "shared"));
        app.MapGet("/v1/groups/browser/public", ctx => List(ctx, "public"));
    }

    private static Task List(HttpContext ctx, string scope)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var ns = ctx.QueryString("namespace");
        var search = ctx.QueryString("search");
        var permissions = BrowserPermissions.Parse(ctx);

        var groupType = ctx.QueryString("group_type");
        var tags = ctx.QueryList("tag");
        var excludeTags = ctx.QueryList("exclude_tag");
        var sharedTo = ctx.QueryList("shared_to");
        var flat = ctx.QueryBool("flat") ?? true;
        var parentId = ctx.QueryString("parent");
        var withMetadata = ctx.QueryBool("with_metadata") ?? false;
        var order = OrderBy.Parse(ctx, OrderFields);

        List<GroupInfoWire> all;
        lock (emu.State.Sync)
        {
            var state = emu.State;
            var nested = state.Groups.Values.SelectMany(g => g.Members.Where(m => m.IsGroup).Select(m => m.TargetId)).ToHashSet();
            HashSet<string>? children = null;
            if (parentId is not null)
            {
                var parent = state.Groups.GetValueOrDefault(parentId) ?? throw ApiException.NotFound($"parent group {parentId} not found");
                children = parent.Members.Where(m => m.IsGroup).Select(m => m.TargetId).ToHashSet();
            }

            var rows = new List<(GroupRecord Group, HashSet<string> Actions)>();
            foreach (var g in state.Groups.Values)
            {
                var owned = Access.NamespaceRole(state, caller, g.Namespace) is not null;
                var shares = g.Shares.ToDictionary(s => s.Key, s => s.Value.GroupActions.Concat(s.Value.ArrayActions).ToList(), StringComparer.OrdinalIgnoreCase);
                var include = scope switch
                {
                    "owned" => owned,
                    "shared" => !owned && Access.SharedWithUser(state, caller, shares, sharedTo),
                    _ => g.Public,
                };
                if (!include
                    || (ns is not null && !string.Equals(g.Namespace, ns, StringComparison.OrdinalIgnoreCase))
                    || (search is not null && !g.Name.Contains(search, StringComparison.OrdinalIgnoreCase) && !(g.Description?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false))
                    || (groupType is not null && !string.Equals(g.GroupType, groupType, StringComparison.OrdinalIgnoreCase))
                    || (tags.Count > 0 && !g.Tags.Intersect(tags, StringComparer.OrdinalIgnoreCase).Any())
                    || g.Tags.Intersect(excludeTags, StringComparer.OrdinalIgnoreCase).Any()
                    || (!flat && children is null && nested.Contains(g.Id))
                    || (children is not null && !children.Contains(g.Id)))
                {
                    continue;
                }

                var actions = Access.GroupActions(state, caller, g);
                if (BrowserPermissions.Allows(permissions, actions, () => Access.CanAdminNamespace(state, caller, g.Namespace)))
                {
                    rows.Add((g, actions));
                }
            }

            IOrderedEnumerable<(GroupRecord Group, HashSet<string> Actions)> sorted = order switch
            {
                ("size", var desc) => desc ? rows.OrderByDescending(r => r.Group.Members.Count) : rows.OrderBy(r => r.Group.Members.Count),
                ("last_accessed", var desc) => desc ? rows.OrderByDescending(r => r.Group.LastAccessed) : rows.OrderBy(r => r.Group.LastAccessed),
                (_, true) => rows.OrderByDescending(r => r.Group.Name, StringComparer.OrdinalIgnoreCase),
                _ => rows.OrderBy(r => r.Group.Name, StringComparer.OrdinalIgnoreCase),
            };
            all = sorted.ThenBy(r => r.Group.Namespace, StringComparer.OrdinalIgnoreCase)
                .Select(r => GroupMapper.ToWire(r.Group, r.Actions, withMetadata))
                .ToList();
        }

        var (items, meta) = Paging.Apply(ctx, all);
        return Respond.Json(ctx, new GroupBrowserDataWire(items, meta));
    }
}
