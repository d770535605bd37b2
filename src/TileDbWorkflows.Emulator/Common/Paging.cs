using TileDbWorkflows.Emulator.Http;

namespace TileDbWorkflows.Emulator.Common;

/// <summary>1-based paging as the service documents it: skip (page-1)*per_page; pages past the end are empty.</summary>
internal static class Paging
{
    /// <summary>No server default is documented; this one is large enough that unpaged callers get everything in tests.</summary>
    public const int DefaultPerPage = 1000;

    public static (List<T> Items, PaginationMetadataWire Metadata) Apply<T>(HttpContext ctx, IReadOnlyList<T> all)
    {
        var page = ctx.QueryLong("page") ?? 1;
        var perPage = ctx.QueryLong("per_page") ?? DefaultPerPage;
        if (page < 1)
        {
            throw ApiException.BadRequest("page must be 1 or more (pages are 1-based)");
        }

        if (perPage < 1)
        {
            throw ApiException.BadRequest("per_page must be 1 or more");
        }

        var totalPages = (all.Count + perPage - 1) / perPage;
        var skip = (page - 1) * perPage;
        var items = new List<T>();
        for (var i = skip; i < all.Count && i < skip + perPage; i++)
        {
            items.Add(all[(int)i]);
        }

        return (items, new PaginationMetadataWire(page, perPage, totalPages, all.Count));
    }
}
