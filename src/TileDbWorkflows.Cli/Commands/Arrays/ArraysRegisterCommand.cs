using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Arrays;

namespace TileDbWorkflows.Cli.Commands.Arrays;

/// <summary><c>tdbw arrays register STORAGE_URI</c> (<c>tiledb.cloud.register_array</c>).</summary>
internal static class ArraysRegisterCommand
{
    public static Command Create(CliHost host)
    {
        var storage = new Argument<string>("storage-uri") { Description = "Where the array lives, e.g. s3://bucket/array" };
        var ns = CommonOptions.Namespace("Register under this namespace (default: your user)");
        var name = new Option<string?>("--name", "--array-name") { Description = "Name in TileDB Cloud (default: last segment of the storage URI)" };
        var description = CommonOptions.Description();
        var credentials = new Option<string?>("--access-credentials-name") { Description = "Stored cloud credentials that reach the storage" };
        return host.Command("register", "Register an array stored in object storage", [storage, ns, name, description, credentials], async (ctx, ct) =>
        {
            var info = await ctx.Cloud.Arrays.RegisterAsync(
                new ArrayRegistration
                {
                    StorageUri = ctx.Get(storage)!,
                    Namespace = ctx.Get(ns),
                    Name = ctx.Get(name),
                    Description = ctx.Get(description),
                    AccessCredentialsName = ctx.Get(credentials),
                },
                ct).ConfigureAwait(false);
            return ctx.Emit(info, () => ctx.Output.Success($"Registered {ArrayRows.Uri(info)} ({ctx.Get(storage)})"));
        });
    }
}
