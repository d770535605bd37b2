using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Assets;

/// <summary>
/// Share, unshare and shared-with for arrays and groups: only namespace owners/admins may share or list shares
/// (others who can see the asset get 403), an empty grant unshares, and sharing with the namespace <c>public</c>
/// makes the asset public.
/// </summary>
internal static class AssetSharing
{
    public const string PublicNamespace = "public";

    public static void Map<TRecord, TWire>(IEndpointRouteBuilder app, AssetKind<TRecord, TWire> kind)
        where TRecord : AssetRecord
    {
        var route = $"{kind.Routes}/{{namespace}}/{{{kind.Noun}}}/share";
        app.MapMethods(route, ["PATCH"], ctx => Share(ctx, kind));
        app.MapGet(route, ctx => SharedWith(ctx, kind));
    }

    /// <summary>The namespace a share request names; a blank one is a 400 (checked before the actions are).</summary>
    public static string Target(string? ns) => string.IsNullOrWhiteSpace(ns) ? throw ApiException.BadRequest("namespace is required") : ns;

    /// <summary>Grants <paramref name="grant"/> to <paramref name="ns"/>, or revokes its share when null.</summary>
    public static void Apply<TShare>(EmulatorState state, AssetRecord asset, Dictionary<string, TShare> shares, string ns, TShare? grant)
        where TShare : class
    {
        if (string.Equals(ns, PublicNamespace, StringComparison.OrdinalIgnoreCase))
        {
            asset.Public = grant is not null;
            return;
        }

        var target = state.CanonicalNamespace(ns);
        if (grant is null)
        {
            shares.Remove(target);
        }
        else
        {
            shares[target] = grant;
        }
    }

    private static async Task Share<TRecord, TWire>(HttpContext ctx, AssetKind<TRecord, TWire> kind)
        where TRecord : AssetRecord
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var request = await kind.ReadShareAsync(ctx).ConfigureAwait(false);
        lock (emu.State.Sync)
        {
            request.Grant(emu, caller, kind.ToAdminister(ctx, emu, caller, "share"), request.Namespace);
        }

        ctx.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static Task SharedWith<TRecord, TWire>(HttpContext ctx, AssetKind<TRecord, TWire> kind)
        where TRecord : AssetRecord
    {
        var emu = ctx.Emu();
        object answer;
        lock (emu.State.Sync)
        {
            answer = kind.SharedWith(emu.State, kind.ToAdminister(ctx, emu, ctx.Caller(), "list the shares of"));
        }

        return Respond.Json(ctx, answer);
    }
}
