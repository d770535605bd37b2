using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Arrays;

/// <summary>
/// <c>tdbw arrays unshare URI --namespace USER</c> (<c>tiledb.cloud.unshare_array</c>). The service answers success
/// whether or not the namespace had access, so the command looks first and says "had no access" instead of claiming
/// a revocation; like <c>az role assignment delete</c> with nothing to delete, that is not an error (exit 0), so
/// scripts that make sure access is gone stay idempotent.
/// </summary>
internal static class ArraysUnshareCommand
{
    public static Command Create(CliHost host)
    {
        var uri = CommonOptions.Uri();
        var ns = CommonOptions.RequiredNamespace("User or organization whose access is revoked");
        return host.Command("unshare", "Revoke a user's or organization's access to an array (says so when it had none)", [uri, ns], async (ctx, ct) =>
        {
            var target = ctx.GetUri(uri);
            var who = ctx.Get(ns)!;
            var shares = await ctx.Cloud.Arrays.ListSharedWithAsync(target, ct).ConfigureAwait(false);
            var had = shares.Any(s => string.Equals(s.Namespace, who, StringComparison.OrdinalIgnoreCase));
            if (had)
            {
                await ctx.Cloud.Arrays.UnshareAsync(target, who, ct).ConfigureAwait(false);
            }

            return ShareRevocation.Report(ctx, "arrays", target.ToString(), who, had);
        });
    }
}
