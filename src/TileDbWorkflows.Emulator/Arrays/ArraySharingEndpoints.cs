using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Arrays;

/// <summary>
/// Share, unshare (empty actions) and shared-with. Sharing with the namespace <c>public</c> makes the
/// array public. Only namespace owners/admins may share: others who can see the array get 403.
/// </summary>
internal static class ArraySharingEndpoints
{
    public const string PublicNamespace = "public";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapMethods("/v1/arrays/{namespace}/{array}/share", ["PATCH"], Share);
        app.MapGet("/v1/arrays/{namespace}/{array}/share", SharedWith);
    }

    private static async Task Share(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var body = await ctx.ReadJsonAsync<ArraySharingWire>().ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(body.Namespace))
        {
            throw ApiException.BadRequest("namespace is required");
        }

        var actions = Roles.Normalize(body.Actions, Roles.ArrayActions, "array action");
        lock (emu.State.Sync)
        {
            var array = ArrayLookup.Find(ctx, emu, caller, ctx.RouteParam("namespace"), ctx.RouteParam("array"), out _);
            if (!Access.CanAdminNamespace(emu.State, caller, array.Namespace))
            {
                throw ApiException.Forbidden($"user {caller} may not share {array.TileDbUri}");
            }

            if (string.Equals(body.Namespace, PublicNamespace, StringComparison.OrdinalIgnoreCase))
            {
                array.Public = actions.Count > 0;
            }
            else
            {
                var target = emu.State.CanonicalNamespace(body.Namespace);
                if (actions.Count == 0)
                {
                    array.Shares.Remove(target);
                }
                else
                {
                    array.Shares[target] = actions;
                }
            }

            ArrayMapper.Log(array, emu.Now, "array_metadata_update", caller, detail: $"share {body.Namespace}: [{string.Join(",", actions)}]");
        }

        ctx.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static Task SharedWith(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        List<ArraySharingWire> list;
        lock (emu.State.Sync)
        {
            var array = ArrayLookup.Find(ctx, emu, caller, ctx.RouteParam("namespace"), ctx.RouteParam("array"), out _);
            if (!Access.CanAdminNamespace(emu.State, caller, array.Namespace))
            {
                throw ApiException.Forbidden($"user {caller} may not list the shares of {array.TileDbUri}");
            }

            list = array.Shares
                .Where(s => s.Value.Count > 0)
                .OrderBy(s => s.Key, StringComparer.OrdinalIgnoreCase)
                .Select(s => new ArraySharingWire([.. s.Value], s.Key, emu.State.NamespaceType(s.Key)))
                .ToList();
            if (array.Public)
            {
                list.Add(new ArraySharingWire([.. Roles.PublicArrayActions], PublicNamespace, PublicNamespace));
            }
        }

        return Respond.Json(ctx, list);
    }
}
