using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Groups;

namespace TileDbWorkflows.Cli.Commands.Groups;

/// <summary><c>tdbw groups members URI</c>: the arrays and groups in a group (<c>groups.contents</c>).</summary>
internal static class GroupsMembersCommand
{
    public static Command Create(CliHost host)
    {
        var uri = CommonOptions.Uri("Group, tiledb://namespace/name");
        var search = CommonOptions.Search();
        var type = new Option<string?>("--type") { Description = "Only members of this type: array or group" };
        type.AcceptOnlyFromAmong("array", "group");
        var paging = new PagingOptions();
        const string help = "List the arrays and groups in a group\n\nExamples:\n  tdbw groups members tiledb://demo/team\n  tdbw groups members tiledb://demo/team --type array --all";
        return host.Command("members", help, [uri, search, type, .. paging.Symbols], async (ctx, ct) =>
        {
            var group = ctx.GetUri(uri);
            var filter = new GroupContentsFilter
            {
                Search = ctx.Get(search),
                MemberTypes = ctx.Get(type) is { } t ? [t == "array" ? GroupMemberType.Array : GroupMemberType.Group] : null,
                Page = ctx.Get(paging.Page),
                PerPage = ctx.Get(paging.PerPage),
            };
            var (items, meta) = await paging.FetchAsync(
                ctx, () => ctx.Cloud.Groups.GetAllContentsAsync(group, filter, ct), () => ctx.Cloud.Groups.GetContentsAsync(group, filter, ct)).ConfigureAwait(false);
            return ctx.EmitList(items, meta, ["Type", "Uri", "Description"], Row, "member");
        });
    }

    private static string?[] Row(GroupEntry entry) => entry switch
    {
        { Group: { } g } => ["group", $"tiledb://{g.Namespace}/{g.Name}", g.Description],
        { Array: { } a } => ["array", $"tiledb://{a.Namespace}/{a.Name}", a.Description],
        _ => ["?", entry.MemberId, null],
    };
}
