using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Common;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Arrays;

/// <summary>
/// The array browser. Owned = arrays in the caller's namespace or an organization they belong to;
/// shared = arrays shared with them or their organizations that they do not own; public = public arrays.
/// Multi-valued filters (tag, file_type, shared_to) match any of the given values.
/// </summary>
internal static class ArrayBrowserEndpoints
{
    private static readonly string[] OrderFields = ["name", "size", "last_accessed"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/arrays/browser/owned", ctx => List(ctx, "owned"));
        app.MapGet("/v1/arrays/browser/shared", ctx => List(ctx, "shared"));
        app.MapGet("/v1/arrays/browser/public", ctx => List(ctx, "public"));
    }

    private static Task List(HttpContext ctx, string scope)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var ns = ctx.QueryString("namespace");
        var search = ctx.QueryString("search");
        var permissions = BrowserPermissions.Parse(ctx);

        var tags = ctx.QueryList("tag");
        var excludeTags = ctx.QueryList("exclude_tag");
        var fileTypes = ctx.QueryList("file_type");
        var excludeFileTypes = ctx.QueryList("exclude_file_type");
        var sharedTo = ctx.QueryList("shared_to");
        var withMetadata = ctx.QueryBool("with_metadata") ?? false;
        var order = OrderBy.Parse(ctx, OrderFields);

        List<ArrayInfoWire> all;
        lock (emu.State.Sync)
        {
            var state = emu.State;
            var rows = new List<(ArrayRecord Array, HashSet<string> Actions)>();
            foreach (var a in state.Arrays.Values)
            {
                var owned = Access.NamespaceRole(state, caller, a.Namespace) is not null;
                var include = scope switch
                {
                    "owned" => owned,
                    "shared" => !owned && Access.SharedWithUser(state, caller, a.Shares, sharedTo),
                    _ => a.Public,
                };
                if (!include
                    || (ns is not null && !string.Equals(a.Namespace, ns, StringComparison.OrdinalIgnoreCase))
                    || (search is not null && !Matches(a, search))
                    || (tags.Count > 0 && !a.Tags.Intersect(tags, StringComparer.OrdinalIgnoreCase).Any())
                    || a.Tags.Intersect(excludeTags, StringComparer.OrdinalIgnoreCase).Any()
                    || (fileTypes.Count > 0 && (a.FileType is null || !fileTypes.Contains(a.FileType, StringComparer.OrdinalIgnoreCase)))
                    || (a.FileType is not null && excludeFileTypes.Contains(a.FileType, StringComparer.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var actions = Access.ArrayActions(state, caller, a);
                if (BrowserPermissions.Allows(permissions, actions, () => Access.CanAdminNamespace(state, caller, a.Namespace)))
                {
                    rows.Add((a, actions));
                }
            }

            IOrderedEnumerable<(ArrayRecord Array, HashSet<string> Actions)> sorted = order switch
            {
                ("size", var desc) => desc ? rows.OrderByDescending(r => r.Array.Size) : rows.OrderBy(r => r.Array.Size),
                ("last_accessed", var desc) => desc ? rows.OrderByDescending(r => r.Array.LastAccessed) : rows.OrderBy(r => r.Array.LastAccessed),
                (_, true) => rows.OrderByDescending(r => r.Array.Name, StringComparer.OrdinalIgnoreCase),
                _ => rows.OrderBy(r => r.Array.Name, StringComparer.OrdinalIgnoreCase),
            };
            all = sorted.ThenBy(r => r.Array.Namespace, StringComparer.OrdinalIgnoreCase)
                .Select(r => ArrayMapper.ToWire(r.Array, r.Actions, withMetadata))
                .ToList();
        }

        var (items, meta) = Paging.Apply(ctx, all);
        // The live service answers an empty shared listing with "arrays": null.
        return Respond.Json(ctx, new ArrayBrowserDataWire(scope == "shared" && all.Count == 0 ? null : items, meta));
    }

    private static bool Matches(ArrayRecord a, string search) =>
        a.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
        || (a.Description?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false)
        || a.Tags.Exists(t => t.Contains(search, StringComparison.OrdinalIgnoreCase));
}
