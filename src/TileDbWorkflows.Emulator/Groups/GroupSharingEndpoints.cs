using TileDbWorkflows.Emulator.Arrays;
using TileDbWorkflows.Emulator.Assets;
using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Groups;

/// <summary>
/// Group share, unshare (both action lists empty) and shared-with, by the rules of <see cref="AssetSharing"/>;
/// array actions reach member arrays.
/// </summary>
internal static class GroupSharingEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapMethods("/v1/groups/{namespace}/{group}/share", ["PATCH"], Share);
        app.MapGet("/v1/groups/{namespace}/{group}/share", SharedWith);
    }

    private static async Task Share(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var body = await ctx.ReadJsonAsync<GroupSharingWire>().ConfigureAwait(false);
        var ns = AssetSharing.Target(body.Namespace);
        var groupActions = Roles.Normalize(body.GroupActions, Roles.GroupActions, "group action");
        var arrayActions = Roles.Normalize(body.ArrayActions, Roles.ArrayActions, "array action");
        lock (emu.State.Sync)
        {
            var state = emu.State;
            var group = GroupAssets.Kind.ToAdminister(ctx, emu, caller, AssetSharing.Sharing);
            var empty = groupActions.Count == 0 && arrayActions.Count == 0;
            AssetSharing.Apply(state, group, group.Shares, ns, empty ? null : new GroupShare(groupActions, arrayActions));

            // The member arrays' access changed, which is a mutation of each of them.
            var now = emu.Now;
            foreach (var m in group.Members.Where(m => !m.IsGroup))
            {
                if (state.Arrays.TryGetValue(m.TargetId, out var a))
                {
                    ArrayMapper.Log(a, now, "array_metadata_update", caller, detail: $"group {group.TileDbUri} shared with {ns}");
                }
            }
        }

        ctx.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static Task SharedWith(HttpContext ctx)
    {
        var emu = ctx.Emu();
        List<GroupSharingWire> list;
        lock (emu.State.Sync)
        {
            var group = GroupAssets.Kind.ToAdminister(ctx, emu, ctx.Caller(), AssetSharing.ListingShares);
            list = group.Shares
                .OrderBy(s => s.Key, StringComparer.OrdinalIgnoreCase)
                .Select(s => new GroupSharingWire([.. s.Value.GroupActions], [.. s.Value.ArrayActions], s.Key, emu.State.NamespaceType(s.Key)))
                .ToList();
        }

        return Respond.Json(ctx, list);
    }
}
