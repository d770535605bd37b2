using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Arrays;

/// <summary><c>tdbw arrays deregister URI</c> (<c>tiledb.cloud.deregister_array</c>); the data stays where it is.</summary>
internal static class ArraysDeregisterCommand
{
    public static Command Create(CliHost host)
    {
        var uri = CommonOptions.Uri();
        return host.Command("deregister", "Deregister an array (its data is not deleted)", [uri], async (ctx, ct) =>
        {
            var target = ctx.GetUri(uri);
            await ctx.Cloud.Arrays.DeregisterAsync(target, ct).ConfigureAwait(false);
            ctx.Output.Success($"Deregistered {target} (data not deleted)");
            return ExitCodes.Success;
        });
    }
}
