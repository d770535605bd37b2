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
    internal static Task Info(HttpContext ctx) => AssetInfo.Respond(ctx, GroupAssets.Kind);

    internal static Task Update(HttpContext ctx) => AssetInfo.UpdateAsync<GroupRecord, GroupInfoWire, GroupUpdateWire>(
        ctx,
        GroupAssets.Kind,
        body => body.Name,
        (_, _, group, body) =>
        {
            group.Describe(body.Description, body.AccessCredentialsName, body.Tags, body.LicenseId, body.LicenseText);
            group.Logo = body.Logo ?? group.Logo;
        });

    /// <summary>
    /// Members of a group. The <c>namespace</c> filter is ignored: the Python client always overwrites it
    /// with the group's own namespace, which would otherwise hide members from other namespaces.
    /// </summary>
    internal static Task Contents(HttpContext ctx)
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
