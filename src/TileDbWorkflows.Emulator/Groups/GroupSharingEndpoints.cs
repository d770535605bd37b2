using TileDbWorkflows.Emulator.Arrays;
using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Groups;

/// <summary>Group share / unshare (both action lists empty) and shared-with; array actions reach member arrays.</summary>
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
        if (string.IsNullOrWhiteSpace(body.Namespace))
        {
            throw ApiException.BadRequest("namespace is required");
        }

        var groupActions = Roles.Normalize(body.GroupActions, Roles.GroupActions, "group action");
        var arrayActions = Roles.Normalize(body.ArrayActions, Roles.ArrayActions, "array action");
        lock (emu.State.Sync)
        {
            var state = emu.State;
            var group = GroupLookup.Find(ctx, emu, caller, ctx.RouteParam("namespace"), ctx.RouteParam("group"), out _);
            if (!Access.CanAdminNamespace(state, caller, group.Namespace))
            {
                throw ApiException.Forbidden($"user {caller} may not share {group.TileDbUri}");
            }

            var empty = groupActions.Count == 0 && arrayActions.Count == 0;
            if (string.Equals(body.Namespace, ArraySharingEndpoints.PublicNamespace, StringComparison.OrdinalIgnoreCase))
            {
                group.Public = !empty;
            }
            else
            {
                var target = state.CanonicalNamespace(body.Namespace);
                if (empty)
                {
                    group.Shares.Remove(target);
                }
                else
                {
                    group.Shares[target] = new GroupShare(groupActions, arrayActions);
                }
            }

            // The member arrays' access changed, which is a mutation of each of them.
            var now = emu.Now;
            foreach (var m in group.Members.Where(m => !m.IsGroup))
            {
                if (state.Arrays.TryGetValue(m.TargetId, out var a))
                {
                    ArrayMapper.Log(a, now, "array_metadata_update", caller, detail: $"group {group.TileDbUri} shared with {body.Namespace}");
                }
            }
        }

        ctx.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static Task SharedWith(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        List<GroupSharingWire> list;
        lock (emu.State.Sync)
        {
            var group = GroupLookup.Find(ctx, emu, caller, ctx.RouteParam("namespace"), ctx.RouteParam("group"), out _);
            if (!Access.CanAdminNamespace(emu.State, caller, group.Namespace))
            {
                throw ApiException.Forbidden($"user {caller} may not list the shares of {group.TileDbUri}");
            }

            list = group.Shares
                .OrderBy(s => s.Key, StringComparer.OrdinalIgnoreCase)
                .Select(s => new GroupSharingWire([.. s.Value.GroupActions], [.. s.Value.ArrayActions], s.Key, emu.State.NamespaceType(s.Key)))
                .ToList();
        }

        return Respond.Json(ctx, list);
    }
}
