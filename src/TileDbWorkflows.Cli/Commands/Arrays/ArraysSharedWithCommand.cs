using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cli.Commands.Arrays;

/// <summary><c>tdbw arrays shared-with URI</c> (<c>tiledb.cloud.list_shared_with</c>).</summary>
internal static class ArraysSharedWithCommand
{
    public static Command Create(CliHost host)
    {
        var uri = CommonOptions.Uri();
        return host.Command("shared-with", "List who an array is shared with", [uri], async (ctx, ct) =>
        {
            var target = ctx.GetUri(uri);
            var shares = await ctx.Cloud.Arrays.ListSharedWithAsync(target, ct).ConfigureAwait(false);
            return ctx.EmitList(
                shares, null, ["Namespace", "Type", "Permissions"], s => [s.Namespace, s.NamespaceType, Output.Join(s.Actions, a => WireNames.ToWire(a))], "share");
        });
    }
}
