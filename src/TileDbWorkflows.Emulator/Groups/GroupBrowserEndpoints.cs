using TileDbWorkflows.Emulator.Assets;
using TileDbWorkflows.Emulator.Common;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Groups;

/// <summary>
/// The group browser (<see cref="AssetBrowser"/>) with the group filters: <c>group_type</c>; <c>flat=False</c> hides
/// groups that are members of another group; <c>parent</c> (a group id) lists that group's child groups.
/// </summary>
internal static class GroupBrowserEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var scope in AssetBrowser.Scopes)
        {
            app.MapGet($"/v1/groups/browser/{scope}", ctx => List(ctx, scope));
        }
    }

    private static Task List(HttpContext ctx, string scope)
    {
        var all = AssetBrowser.List(ctx, scope, GroupAssets.Kind, NestingFilter, GroupMapper.ToWire);
        var (items, meta) = Paging.Apply(ctx, all);
        return Respond.Json(ctx, new GroupBrowserDataWire(items, meta));
    }

    private static Func<EmulatorState, Func<GroupRecord, bool>> NestingFilter(HttpContext ctx)
    {
        var groupType = ctx.QueryString("group_type");
        var flat = ctx.QueryBool("flat") ?? true;
        var parentId = ctx.QueryString("parent");
        return state =>
        {
            var nested = state.Groups.Values.SelectMany(g => g.Members.Where(m => m.IsGroup).Select(m => m.TargetId)).ToHashSet();
            HashSet<string>? children = null;
            if (parentId is not null)
            {
                var parent = state.Groups.GetValueOrDefault(parentId) ?? throw ApiException.NotFound($"parent group {parentId} not found");
                children = parent.Members.Where(m => m.IsGroup).Select(m => m.TargetId).ToHashSet();
            }

            return g => (groupType is null || string.Equals(g.GroupType, groupType, StringComparison.OrdinalIgnoreCase))
                && (flat || children is not null || !nested.Contains(g.Id))
                && (children is null || children.Contains(g.Id));
        };
    }
}
