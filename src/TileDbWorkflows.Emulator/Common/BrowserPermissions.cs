using TileDbWorkflows.Emulator.Http;

namespace TileDbWorkflows.Emulator.Common;

/// <summary>
/// The browser listings' <c>permissions</c> filter, shared by arrays and groups so both answer a bad value and filter
/// by it the same way.
/// </summary>
internal static class BrowserPermissions
{
    /// <summary>Reads the filter (lower-cased), or null when absent; any other value than the four the service knows is a 400.</summary>
    public static string? Parse(HttpContext ctx)
    {
        var permissions = ctx.QueryString("permissions")?.ToLowerInvariant();
        if (permissions is not null and not ("read" or "write" or "read_write" or "admin"))
        {
            throw ApiException.BadRequest($"permissions must be read, write, read_write or admin, got '{permissions}'");
        }
        return permissions;
    }

    /// <summary>Whether an asset with the caller's <paramref name="actions"/> passes the filter.</summary>
    public static bool Allows(string? permissions, HashSet<string> actions, Func<bool> canAdminNamespace) => permissions switch
    {
        null => true,
        "read" => actions.Contains("read"),
        "admin" => canAdminNamespace(),
        _ => actions.Contains("write"),
    };
}
