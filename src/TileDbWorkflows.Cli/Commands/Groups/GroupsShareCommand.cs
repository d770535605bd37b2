using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cli.Commands.Groups;

/// <summary><c>tdbw groups share URI --namespace USER --group-permissions read --permissions read</c> (<c>groups.share</c>).</summary>
internal static class GroupsShareCommand
{
    public static Command Create(CliHost host)
    {
        var uri = CommonOptions.Uri();
        var ns = CommonOptions.RequiredNamespace("User or organization to share with");
        var groupPermissions = CommonOptions.List("--group-permissions", "read, write, edit (on the group itself)");
        groupPermissions.Required = true;
        var permissions = CommonOptions.List("--permissions", "read, write, edit, ... (on the group's arrays)");
        return host.Command("share", "Share a group with a user or organization\n\nExample: tdbw groups share tiledb://demo/team --namespace bob --group-permissions read --permissions read",
            [uri, ns, groupPermissions, permissions], async (ctx, ct) =>
        {
            var target = ctx.GetUri(uri);
            var groupActions = Values.Enums<GroupAction>(ctx.Get(groupPermissions), "group permission");
            var arrayActions = Values.Enums<ArrayAction>(ctx.Get(permissions), "permission");
            if (groupActions.Count == 0)
            {
                throw new UsageException("--group-permissions needs at least one permission (use `groups unshare` to revoke)");
            }

            await ctx.Cloud.Groups.ShareAsync(target, ctx.Get(ns)!, groupActions, arrayActions, ct).ConfigureAwait(false);
            ctx.Output.Success($"Shared {target} with {ctx.Get(ns)}: group {Output.Join(groupActions, a => WireNames.ToWire(a))}; arrays {Output.Join(arrayActions, a => WireNames.ToWire(a))}");
            return ExitCodes.Success;
        });
    }
}
