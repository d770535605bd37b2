using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Arrays;

/// <summary><c>tdbw arrays unshare URI --namespace USER</c> (<c>tiledb.cloud.unshare_array</c>).</summary>
internal static class ArraysUnshareCommand
{
    public static Command Create(CliHost host)
    {
        var uri = CommonOptions.Uri();
        var ns = CommonOptions.RequiredNamespace("User or organization whose access is revoked");
        return host.Command("unshare", "Revoke a user's or organization's access to an array", [uri, ns], async (ctx, ct) =>
        {
            var target = ctx.GetUri(uri);
            await ctx.Cloud.Arrays.UnshareAsync(target, ctx.Get(ns)!, ct).ConfigureAwait(false);
            ctx.Output.Success($"Revoked {ctx.Get(ns)}'s access to {target}");
            return ExitCodes.Success;
        });
    }
}
