namespace TileDbWorkflows.Emulator.Regions;

/// <summary>
/// Sends a request for a regional asset to its region. Checked before any permission or state change,
/// so the redirected request is the one that acts. 307 keeps the method and body (the reference advises
/// 307/308 because POST bodies must survive).
/// </summary>
internal static class RegionGuard
{
    public static void Check(HttpContext ctx, RegionDirectory regions, string? assetRegion)
    {
        if (assetRegion is null)
        {
            return;
        }

        var here = regions.RegionOf(ctx);
        if (string.Equals(here, assetRegion, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // An asset in a region that is not configured is served where it is asked for.
        if (regions.PortOf(assetRegion) is { } port)
        {
            throw new RegionRedirectException(assetRegion, port);
        }
    }
}
