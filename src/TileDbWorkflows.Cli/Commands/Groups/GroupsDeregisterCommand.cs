using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Groups;

/// <summary><c>tdbw groups deregister URI [--recursive]</c> (<c>tiledb.cloud.groups.deregister</c>).</summary>
internal static class GroupsDeregisterCommand
{
    public static Command Create(CliHost host)
    {
        var uri = CommonOptions.Uri();
        var recursive = new Option<bool>("--recursive") { Description = "Deregister the members too" };
        return host.Command("deregister", "Deregister a group (its data is not deleted)", [uri, recursive], async (ctx, ct) =>
        {
            var target = ctx.GetUri(uri);
            await ctx.Cloud.Groups.DeregisterAsync(target, ctx.Get(recursive), ct).ConfigureAwait(false);
            ctx.Output.Success($"Deregistered {target}{(ctx.Get(recursive) ? " and its members" : string.Empty)} (data not deleted)");
            return ExitCodes.Success;
        });
    }
}
