using TileDbWorkflows.Emulator.Http;

namespace TileDbWorkflows.Emulator.Common;

/// <summary>Parses <c>orderby</c> values of the form <c>field</c> or <c>field asc|desc</c>.</summary>
internal static class OrderBy
{
    public static (string Field, bool Descending)? Parse(HttpContext ctx, string[] allowed)
    {
        var raw = ctx.QueryString("orderby");
        if (raw is null)
        {
            return null;
        }

        var parts = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var field = parts.Length > 0 ? parts[0].ToLowerInvariant() : string.Empty;
        if (Array.IndexOf(allowed, field) < 0 || parts.Length > 2 || (parts.Length == 2 && parts[1].ToLowerInvariant() is not ("asc" or "desc")))
        {
            throw ApiException.BadRequest($"invalid orderby '{raw}'; allowed fields: {string.Join(", ", allowed)} (optionally followed by asc or desc)");
        }

        return (field, parts.Length == 2 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase));
    }
}
