using System.CommandLine;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cli.Commands.Arrays;

/// <summary><c>tdbw arrays shared-with URI</c> (<c>tiledb.cloud.list_shared_with</c>).</summary>
internal static class ArraysSharedWithCommand
{
    public static Command Create(CliHost host)
    {
        var uri = CommonOptions.Uri();
        var command = new Command("shared-with", "List who an array is shared with") { uri };
        host.SetAction(command, async (ctx, ct) =>
        {
            var target = Values.Uri(ctx.Get(uri)!);
            using var client = ctx.CreateCloudClient();
            var shares = await client.Arrays.ListSharedWithAsync(target, ct).ConfigureAwait(false);
            if (ctx.Json)
            {
                ctx.WriteJson(new ListEnvelope<ArraySharing>(shares, null));
                return ExitCodes.Success;
            }

            ctx.Output.Table(["Namespace", "Type", "Permissions"], shares.Select(s => new[] { s.Namespace, s.NamespaceType, Output.Join(s.Actions, a => WireNames.ToWire(a)) }));
            ctx.Output.Line(Paging.Footer(shares.Count, "share", null));
            return ExitCodes.Success;
        });
        return command;
    }
}
