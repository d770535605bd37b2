using System.Globalization;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Cloud.Json;
using TileDbWorkflows.Cloud;

namespace TileDbWorkflows.Cli.Commands.Groups;

/// <summary><c>tdbw groups list|shared|public</c> with the Python listing filters.</summary>
internal static class GroupsListCommand
{
    public static Command Create(CliHost host, string name, ListScope scope, string description)
    {
        var ns = CommonOptions.Namespace("Only this namespace");
        var permissions = CommonOptions.List("--permissions", "Permission filter; only the first is sent");
        var search = CommonOptions.Search();
        var tags = CommonOptions.List("--tag", "Only groups with these tags");
        var excludeTags = CommonOptions.List("--exclude-tag", "Skip groups with these tags");
        var groupType = new Option<string?>("--group-type") { Description = "generic, vcf, soma, bioimg, pointcloud, raster, geometry, vector_search" };
        var orderBy = CommonOptions.OrderBy("Sort order, e.g. name, size, last_accessed");
        var paging = new PagingOptions();
        return host.Command(name, description, [ns, permissions, search, tags, excludeTags, groupType, orderBy, .. paging.Symbols], async (ctx, ct) =>
        {
            var filter = new GroupListFilter
            {
                Namespace = ctx.Get(ns),
                Permissions = Values.List(ctx.Get(permissions)) is [var first, ..] ? first : null,
                Search = ctx.Get(search),
                Tags = Values.ListOrNull(ctx.Get(tags)),
                ExcludeTags = Values.ListOrNull(ctx.Get(excludeTags)),
                GroupType = ctx.Get(groupType) is { } gt ? Values.Enum<GroupType>(gt, "group type") : null,
                OrderBy = ctx.Get(orderBy),
                Page = ctx.Get(paging.Page),
                PerPage = ctx.Get(paging.PerPage),
            };
            var (items, meta) = await paging.FetchAsync(
                ctx, () => ctx.Cloud.Groups.ListAllAsync(scope, filter, ct), () => ctx.Cloud.Groups.ListAsync(scope, filter, ct)).ConfigureAwait(false);
            return ctx.EmitList(
                items,
                meta,
                ["URI", "Type", "Assets", "Tags", "Description"],
                g => [GroupsInfoCommand.Uri(g), g.GroupType is { } t ? WireNames.ToWire(t) : null, g.AssetCount?.ToString(CultureInfo.InvariantCulture), string.Join(", ", g.Tags), g.Description],
                "group");
        });
    }
}
