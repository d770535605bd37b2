using TileDbWorkflows.Emulator.Arrays;
using TileDbWorkflows.Emulator.Assets;
using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Common;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Groups;

/// <summary>Group info, update and contents (v1 routes).</summary>
internal static class GroupInfoEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/groups/{namespace}/{group}", Info);
        app.MapMethods("/v1/groups/{namespace}/{group}", ["PATCH"], Update);
        app.MapGet("/v1/groups/{namespace}/{group}/contents", Contents);
    }

    private static Task Info(HttpContext ctx) => AssetInfo.Respond(ctx, GroupAssets.Kind, GroupMapper.ToWire);

    private static async Task Update(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var body = await ctx.ReadJsonAsync<GroupUpdateWire>().ConfigureAwait(false);
        lock (emu.State.Sync)
        {
            var group = GroupAssets.Kind.FromRoute(ctx, emu, caller, out var actions);
            if (!actions.Contains("edit") && !actions.Contains("write"))
            {
                throw ApiException.Forbidden($"user {caller} may not edit {group.TileDbUri}");
            }

            GroupAssets.Kind.RenameIfChanged(emu.State, group, body.Name);

            group.Description = body.Description ?? group.Description;
            group.Logo = body.Logo ?? group.Logo;
            group.AccessCredentialsName = body.AccessCredentialsName ?? group.AccessCredentialsName;
            group.Tags = body.Tags ?? group.Tags;
            group.LicenseId = body.LicenseId ?? group.LicenseId;
            group.LicenseText = body.LicenseText ?? group.LicenseText;
        }

        ctx.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>
    /// Members of a group. The <c>namespace</c> filter is ignored: the Python client always overwrites it
    /// with the group's own namespace, which would otherwise hide members from other namespaces.
    /// </summary>
    private static Task Contents(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var search = ctx.QueryString("search");
        var tags = ctx.QueryList("tag");
        var excludeTags = ctx.QueryList("exclude_tag");
        var memberTypes = ctx.QueryList("member_type").Select(t => t.ToLowerInvariant()).ToList();
        var excludeMemberTypes = ctx.QueryList("exclude_member_type").Select(t => t.ToLowerInvariant()).ToList();
        var order = OrderBy.Parse(ctx, ["name", "last_accessed", "size"]);
        List<(string Name, GroupEntryWire Entry)> rows = [];
        lock (emu.State.Sync)
        {
            var state = emu.State;
            var group = GroupAssets.Kind.FromRoute(ctx, emu, caller, out _);
            foreach (var m in group.Members)
            {
                var type = m.IsGroup ? "group" : "array";
                if ((memberTypes.Count > 0 && !memberTypes.Contains(type)) || excludeMemberTypes.Contains(type))
                {
                    continue;
                }

                string name;
                List<string> memberTags;
                GroupEntryWire entry;
                if (m.IsGroup)
                {
                    if (!state.Groups.TryGetValue(m.TargetId, out var g))
                    {
                        continue;
                    }

                    (name, memberTags) = (g.Name, g.Tags);
                    entry = new GroupEntryWire(m.MemberId, GroupMapper.ToWire(g, Access.GroupActions(state, caller, g), false), null);
                }
                else
                {
                    if (!state.Arrays.TryGetValue(m.TargetId, out var a))
                    {
                        continue;
                    }

                    (name, memberTags) = (a.Name, a.Tags);
                    entry = new GroupEntryWire(m.MemberId, null, ArrayMapper.ToWire(a, Access.ArrayActions(state, caller, a), false));
                }

                if ((search is not null && !name.Contains(search, StringComparison.OrdinalIgnoreCase))
                    || (tags.Count > 0 && !memberTags.Intersect(tags, StringComparer.OrdinalIgnoreCase).Any())
                    || memberTags.Intersect(excludeTags, StringComparer.OrdinalIgnoreCase).Any())
                {
                    continue;
                }

                rows.Add((name, entry));
            }
        }

        var sorted = order is (_, true)
            ? rows.OrderByDescending(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList()
            : order is null ? rows : rows.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var (items, meta) = Paging.Apply(ctx, sorted.ConvertAll(r => r.Entry));
        return Respond.Json(ctx, new GroupContentsWire(items, meta));
    }
}
