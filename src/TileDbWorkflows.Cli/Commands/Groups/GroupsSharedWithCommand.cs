using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cli.Commands.Groups;

/// <summary><c>tdbw groups shared-with URI</c> (<c>tiledb.cloud.groups.list_shared_with</c>).</summary>
internal static class GroupsSharedWithCommand
{
    public static Command Create(CliHost host)
    {
        var uri = CommonOptions.Uri();
        return host.Command("shared-with", "List who a group is shared with\n\nExample: tdbw groups shared-with tiledb://demo/team", [uri], async (ctx, ct) =>
            Emit(ctx, await ctx.Cloud.Groups.ListSharedWithAsync(ctx.GetUri(uri), ct).ConfigureAwait(false)));
    }

    public static int Emit(CliContext ctx, IReadOnlyList<GroupSharing> shares) =>
        ctx.EmitList(
            shares, null, ["Namespace", "Type", "Group permissions", "Array permissions"],
            s => [s.Namespace, s.NamespaceType, Output.Join(s.GroupActions, a => WireNames.ToWire(a)), Output.Join(s.ArrayActions, a => WireNames.ToWire(a))],
            "share");
}
