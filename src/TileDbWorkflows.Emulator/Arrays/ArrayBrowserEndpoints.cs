using TileDbWorkflows.Emulator.Assets;
using TileDbWorkflows.Emulator.Common;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Arrays;

/// <summary>The array browser (<see cref="AssetBrowser"/>) with the array filters <c>file_type</c> and <c>exclude_file_type</c>.</summary>
internal static class ArrayBrowserEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var scope in AssetBrowser.Scopes)
        {
            app.MapGet($"/v1/arrays/browser/{scope}", ctx => List(ctx, scope));
        }
    }

    private static Task List(HttpContext ctx, string scope)
    {
        var all = AssetBrowser.List(ctx, scope, ArrayAssets.Kind, FileTypeFilter, ArrayMapper.ToWire);
        var (items, meta) = Paging.Apply(ctx, all);
        // The live service answers an empty shared listing with "arrays": null.
        return Respond.Json(ctx, new ArrayBrowserDataWire(scope == "shared" && all.Count == 0 ? null : items, meta));
    }

    private static Func<EmulatorState, Func<ArrayRecord, bool>> FileTypeFilter(HttpContext ctx)
    {
        var fileTypes = ctx.QueryList("file_type");
        var excludeFileTypes = ctx.QueryList("exclude_file_type");
        return _ => a =>
            (fileTypes.Count == 0 || (a.FileType is not null && fileTypes.Contains(a.FileType, StringComparer.OrdinalIgnoreCase)))
            && (a.FileType is null || !excludeFileTypes.Contains(a.FileType, StringComparer.OrdinalIgnoreCase));
    }
}
