using TileDbWorkflows.Cli.Commands.Arrays;
using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Groups;

/// <summary><c>tdbw groups unshare URI --namespace USER</c>; like <c>arrays unshare</c>, says so when there was no access.</summary>
internal static class GroupsUnshareCommand
{
    public static Command Create(CliHost host)
    {
        var uri = CommonOptions.Uri();
        var ns = CommonOptions.RequiredNamespace("User or organization whose access is revoked");
        return host.Command("unshare", "Revoke a user's or organization's access to a group\n\nExample: tdbw groups unshare tiledb://demo/team --namespace bob", [uri, ns], async (ctx, ct) =>
        {
            var target = ctx.GetUri(uri);
            var who = ctx.Get(ns)!;
            var shares = await ctx.Cloud.Groups.ListSharedWithAsync(target, ct).ConfigureAwait(false);
            var had = shares.Any(s => string.Equals(s.Namespace, who, StringComparison.OrdinalIgnoreCase));
            if (had)
            {
                await ctx.Cloud.Groups.UnshareAsync(target, who, ct).ConfigureAwait(false);
            }

            return ShareRevocation.Report(ctx, "groups", target.ToString(), who, had);
        });
    }
}
