using System.CommandLine;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cli.Commands.Groups;

/// <summary><c>tdbw groups list|shared|public</c> with the Python listing filters.</summary>
internal static class GroupsListCommand
{
    public static Command Create(CliHost host, string name, ListScope scope, string description)
    {
        var ns = new Option<string?>("--namespace") { Description = "Only this namespace" };
        var permissions = CommonOptions.List("--permissions", "Permission filter; only the first is sent");
        var search = new Option<string?>("--search") { Description = "Search keywords" };
        var tags = CommonOptions.List("--tag", "Only groups with these tags");
        var excludeTags = CommonOptions.List("--exclude-tag", "Skip groups with these tags");
        var groupType = new Option<string?>("--group-type") { Description = "generic, vcf, soma, bioimg, pointcloud, raster, geometry, vector_search" };
        var orderBy = new Option<string?>("--order-by") { Description = "Sort order, e.g. name, size, last_accessed" };
        var page = CommonOptions.Page();
        var perPage = CommonOptions.PerPage();
        var all = CommonOptions.All();
        var command = new Command(name, description) { ns, permissions, search, tags, excludeTags, groupType, orderBy, page, perPage, all };
        host.SetAction(command, async (ctx, ct) =>
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
                Page = ctx.Get(page),
                PerPage = ctx.Get(perPage),
            };
            using var client = ctx.CreateCloudClient();
            IReadOnlyList<GroupInfo> items;
            PaginationMetadata? meta = null;
            if (ctx.Get(all))
            {
                var list = new List<GroupInfo>();
                await foreach (var g in client.Groups.ListAllAsync(scope, filter, ct).ConfigureAwait(false))
                {
                    list.Add(g);
                }

                items = list;
            }
            else
            {
                var result = await client.Groups.ListAsync(scope, filter, ct).ConfigureAwait(false);
                items = result.Items;
                meta = result.Pagination;
            }

            if (ctx.Json)
            {
                ctx.WriteJson(new ListEnvelope<GroupInfo>(items, meta));
                return ExitCodes.Success;
            }

            ctx.Output.Table(
                ["URI", "Type", "Assets", "Tags", "Description"],
                items.Select(g => new[]
                {
                    GroupsInfoCommand.Uri(g), g.GroupType is { } t ? WireNames.ToWire(t) : null,
                    g.AssetCount?.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(", ", g.Tags), g.Description,
                }));
            ctx.Output.Line(Paging.Footer(items.Count, "group", meta));
            return ExitCodes.Success;
        });
        return command;
    }
}
