using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Common;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Assets;

/// <summary>
/// The browser listings of arrays and groups. Owned = assets in the caller's namespace or an organization they
/// belong to; shared = assets shared with them or their organizations that they do not own; public = public
/// assets. Multi-valued filters (tag, shared_to, and the kind's own) match any of the given values.
/// </summary>
internal static class AssetBrowser
{
    private static readonly string[] OrderFields = ["name", "size", "last_accessed"];

    private static readonly string[] Scopes = ["owned", "shared", "public"];

    public static void Map<TRecord, TWire>(IEndpointRouteBuilder app, AssetKind<TRecord, TWire> kind)
        where TRecord : AssetRecord
    {
        foreach (var scope in Scopes)
        {
            app.MapGet($"{kind.Routes}/browser/{scope}", ctx => ListPage(ctx, scope, kind));
        }
    }

    private static Task ListPage<TRecord, TWire>(HttpContext ctx, string scope, AssetKind<TRecord, TWire> kind)
        where TRecord : AssetRecord
    {
        var all = List(ctx, scope, kind);
        var (items, meta) = Paging.Apply(ctx, all);
        return Respond.Json(ctx, kind.BrowserPage(scope, all.Count, items, meta));
    }

    /// <summary>The caller's assets in <paramref name="scope"/>, filtered, sorted and mapped.</summary>
    private static List<TWire> List<TRecord, TWire>(HttpContext ctx, string scope, AssetKind<TRecord, TWire> kind)
        where TRecord : AssetRecord
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var ns = ctx.QueryString("namespace");
        var search = ctx.QueryString("search");
        var permissions = BrowserPermissions.Parse(ctx);
        var kindPasses = kind.BrowserFilter(ctx);
        var tags = ctx.QueryList("tag");
        var excludeTags = ctx.QueryList("exclude_tag");
        var sharedTo = ctx.QueryList("shared_to");
        var withMetadata = ctx.QueryBool("with_metadata") ?? false;
        var order = OrderBy.Parse(ctx, OrderFields);

        lock (emu.State.Sync)
        {
            var state = emu.State;
            var passes = kindPasses(state);
            var rows = new List<(TRecord Asset, HashSet<string> Actions)>();
            foreach (var a in kind.All(state))
            {
                var owned = Access.NamespaceRole(state, caller, a.Namespace) is not null;
                var include = scope switch
                {
                    "owned" => owned,
                    "shared" => !owned && Access.SharedWithUser(state, caller, kind.SharedActions(a), sharedTo),
                    _ => a.Public,
                };
                if (!include
                    || (ns is not null && !string.Equals(a.Namespace, ns, StringComparison.OrdinalIgnoreCase))
                    || (search is not null && !kind.Matches(a, search))
                    || (tags.Count > 0 && !a.Tags.Intersect(tags, StringComparer.OrdinalIgnoreCase).Any())
                    || a.Tags.Intersect(excludeTags, StringComparer.OrdinalIgnoreCase).Any()
                    || !passes(a))
                {
                    continue;
                }

                var actions = kind.Actions(state, caller, a);
                if (BrowserPermissions.Allows(permissions, actions, () => Access.CanAdminNamespace(state, caller, a.Namespace)))
                {
                    rows.Add((a, actions));
                }
            }

            IOrderedEnumerable<(TRecord Asset, HashSet<string> Actions)> sorted = order switch
            {
                ("size", var desc) => desc ? rows.OrderByDescending(r => kind.Size(r.Asset)) : rows.OrderBy(r => kind.Size(r.Asset)),
                ("last_accessed", var desc) => desc ? rows.OrderByDescending(r => r.Asset.LastAccessed) : rows.OrderBy(r => r.Asset.LastAccessed),
                (_, true) => rows.OrderByDescending(r => r.Asset.Name, StringComparer.OrdinalIgnoreCase),
                _ => rows.OrderBy(r => r.Asset.Name, StringComparer.OrdinalIgnoreCase),
            };
            return sorted.ThenBy(r => r.Asset.Namespace, StringComparer.OrdinalIgnoreCase)
                .Select(r => kind.ToWire(r.Asset, r.Actions, withMetadata))
                .ToList();
        }
    }
}
