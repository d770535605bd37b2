using TileDbWorkflows.Cli.Commands.Groups;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cli.Commands.Arrays;

/// <summary>
/// <c>tdbw arrays shared-with URI</c> (<c>tiledb.cloud.list_shared_with</c>). Python's call takes arrays and groups
/// alike, so a group URI lists the group's shares (with a note that it is a group) instead of "array not found".
/// </summary>
internal static class ArraysSharedWithCommand
{
    public static Command Create(CliHost host)
    {
        var uri = CommonOptions.Uri();
        return host.Command("shared-with", "List who an array (or group) is shared with", [uri], async (ctx, ct) =>
        {
            var target = ctx.GetUri(uri);
            IReadOnlyList<Cloud.Arrays.ArraySharing> shares;
            try
            {
                shares = await ctx.Cloud.Arrays.ListSharedWithAsync(target, ct).ConfigureAwait(false);
            }
            catch (TileDbCloudException ex) when (ex.IsNotFound)
            {
                var groupShares = await TryGroupSharesAsync(ctx, target, ct).ConfigureAwait(false);
                if (groupShares is null)
                {
                    throw;
                }

                if (!ctx.Json)
                {
                    ctx.Output.Detail($"{target} is a group, not an array; its shares (also: tdbw groups shared-with {target}):");
                }

                return GroupsSharedWithCommand.Emit(ctx, groupShares);
            }

            return ctx.EmitList(
                shares, null, ["Namespace", "Type", "Permissions"], s => [s.Namespace, s.NamespaceType, Output.Join(s.Actions, a => WireNames.ToWire(a))], "share");
        });
    }

    private static async Task<IReadOnlyList<Cloud.Groups.GroupSharing>?> TryGroupSharesAsync(CliContext ctx, TileDbUri target, CancellationToken ct)
    {
        try
        {
            return await ctx.Cloud.Groups.ListSharedWithAsync(target, ct).ConfigureAwait(false);
        }
        catch (TileDbCloudException ex) when (ex.IsNotFound)
        {
            return null;
        }
    }
}
