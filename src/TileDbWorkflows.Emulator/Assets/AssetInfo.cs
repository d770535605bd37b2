using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Assets;

internal static class AssetInfo
{
    /// <summary>GET of one asset: the route's asset as the caller sees it, with metadata when <c>with_metadata</c> asks.</summary>
    public static Task Respond<TRecord, TWire>(HttpContext ctx, AssetKind<TRecord> kind, Func<TRecord, HashSet<string>, bool, TWire> toWire)
        where TRecord : AssetRecord
    {
        var emu = ctx.Emu();
        var withMetadata = ctx.QueryBool("with_metadata") ?? false;
        TWire wire;
        lock (emu.State.Sync)
        {
            var asset = kind.FromRoute(ctx, emu, ctx.Caller(), out var actions);
            wire = toWire(asset, actions, withMetadata);
        }

        return Http.Respond.Json(ctx, wire);
    }
}
