using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Assets;

/// <summary>
/// Sharing as arrays and groups both do it: only namespace owners/admins may share or list shares (others who can
/// see the asset get 403), an empty grant unshares, and sharing with the namespace <c>public</c> makes it public.
/// </summary>
internal static class AssetSharing
{
    public const string PublicNamespace = "public";

    public const string Sharing = "share";

    public const string ListingShares = "list the shares of";

    /// <summary>The namespace a share request names; a blank one is a 400.</summary>
    public static string Target(string? ns) => string.IsNullOrWhiteSpace(ns) ? throw ApiException.BadRequest("namespace is required") : ns;

    /// <summary>Grants <paramref name="grant"/> to <paramref name="ns"/>, or revokes it when null.</summary>
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
}
