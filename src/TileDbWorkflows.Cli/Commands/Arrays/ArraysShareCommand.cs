using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cli.Commands.Arrays;

/// <summary><c>tdbw arrays share URI --namespace USER --permissions read,write</c> (<c>tiledb.cloud.share_array</c>).</summary>
internal static class ArraysShareCommand
{
    public static Command Create(CliHost host)
    {
        var uri = CommonOptions.Uri();
        var ns = CommonOptions.RequiredNamespace("User or organization to share with");
        var permissions = CommonOptions.List("--permissions", "read, write, edit, read_array_logs, read_array_info, read_array_schema");
        permissions.Required = true;
        return host.Command("share", "Share an array with a user or organization", [uri, ns, permissions], async (ctx, ct) =>
        {
            var target = ctx.GetUri(uri);
            var actions = Values.Enums<ArrayAction>(ctx.Get(permissions), "permission");
            if (actions.Count == 0)
            {
                throw new UsageException("--permissions needs at least one permission (use `arrays unshare` to revoke)");
            }
            await ctx.Cloud.Arrays.ShareAsync(target, ctx.Get(ns)!, actions, ct).ConfigureAwait(false);
            ctx.Output.Success($"Shared {target} with {ctx.Get(ns)}: {Output.Join(actions, a => WireNames.ToWire(a))}");
            return ExitCodes.Success;
        });
    }
}
