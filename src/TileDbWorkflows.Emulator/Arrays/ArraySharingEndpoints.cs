using TileDbWorkflows.Emulator.Assets;
using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Arrays;

/// <summary>Array share, unshare (empty actions) and shared-with, by the rules of <see cref="AssetSharing"/>.</summary>
internal static class ArraySharingEndpoints
{
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
        var ns = AssetSharing.Target(body.Namespace);
        var actions = Roles.Normalize(body.Actions, Roles.ArrayActions, "array action");
        lock (emu.State.Sync)
        {
            var array = ArrayAssets.Kind.ToAdminister(ctx, emu, caller, AssetSharing.Sharing);
            AssetSharing.Apply(emu.State, array, array.Shares, ns, actions.Count > 0 ? actions : null);
            ArrayMapper.Log(array, emu.Now, "array_metadata_update", caller, detail: $"share {ns}: [{string.Join(",", actions)}]");
        }

        ctx.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static Task SharedWith(HttpContext ctx)
    {
        var emu = ctx.Emu();
        List<ArraySharingWire> list;
        lock (emu.State.Sync)
        {
            var array = ArrayAssets.Kind.ToAdminister(ctx, emu, ctx.Caller(), AssetSharing.ListingShares);
            list = array.Shares
                .Where(s => s.Value.Count > 0)
                .OrderBy(s => s.Key, StringComparer.OrdinalIgnoreCase)
                .Select(s => new ArraySharingWire([.. s.Value], s.Key, emu.State.NamespaceType(s.Key)))
                .ToList();
            if (array.Public)
            {
                list.Add(new ArraySharingWire([.. Roles.PublicArrayActions], AssetSharing.PublicNamespace, AssetSharing.PublicNamespace));
            }
        }

        return Respond.Json(ctx, list);
    }
}
