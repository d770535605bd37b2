using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Assets;

internal static class AssetInfo
{
    /// <summary>GET of one asset: the route's asset as the caller sees it, with metadata when <c>with_metadata</c> asks.</summary>
    public static Task Respond<TRecord, TWire>(HttpContext ctx, AssetKind<TRecord, TWire> kind)
        where TRecord : AssetRecord
    {
        var emu = ctx.Emu();
        var withMetadata = ctx.QueryBool("with_metadata") ?? false;
        TWire wire;
        lock (emu.State.Sync)
        {
            var asset = kind.FromRoute(ctx, emu, ctx.Caller(), out var actions);
            wire = kind.ToWire(asset, actions, withMetadata);
        }

        return Http.Respond.Json(ctx, wire);
    }

    /// <summary>
    /// PATCH of one asset's metadata by a caller who may edit it: a new name first (validated, free in the namespace),
    /// then <paramref name="apply"/> sets what the body changes; absent fields stay as they are.
    /// </summary>
    public static async Task UpdateAsync<TRecord, TWire, TBody>(
        HttpContext ctx, AssetKind<TRecord, TWire> kind, Func<TBody, string?> newName, Action<EmulatorRuntime, string, TRecord, TBody> apply)
        where TRecord : AssetRecord
        where TBody : class
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var body = await ctx.ReadJsonAsync<TBody>().ConfigureAwait(false);
        lock (emu.State.Sync)
        {
            var asset = kind.FromRoute(ctx, emu, caller, out var actions);
            if (!kind.CanEdit(emu.State, caller, asset, actions))
            {
                throw ApiException.Forbidden($"user {caller} may not edit {asset.TileDbUri}");
            }

            kind.RenameIfChanged(emu.State, asset, newName(body));
            apply(emu, caller, asset, body);
        }

        ctx.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
