using System.CommandLine;
using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Arrays;

/// <summary><c>tdbw arrays deregister URI</c> (<c>tiledb.cloud.deregister_array</c>); the data stays where it is.</summary>
internal static class ArraysDeregisterCommand
{
    public static Command Create(CliHost host)
    {
        var uri = CommonOptions.Uri();
        var command = new Command("deregister", "Deregister an array (its data is not deleted)") { uri };
        host.SetAction(command, async (ctx, ct) =>
        {
            var target = Values.Uri(ctx.Get(uri)!);
            using var client = ctx.CreateCloudClient();
            await client.Arrays.DeregisterAsync(target, ct).ConfigureAwait(false);
            ctx.Output.Success($"Deregistered {target} (data not deleted)");
            return ExitCodes.Success;
        });
        return command;
    }
}
