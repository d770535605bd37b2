using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Groups;

namespace TileDbWorkflows.Cli.Commands.Groups;

/// <summary><c>tdbw groups register STORAGE_URI</c> (<c>tiledb.cloud.groups.register</c>).</summary>
internal static class GroupsRegisterCommand
{
    public static Command Create(CliHost host)
    {
        var storage = new Argument<string>("storage-uri") { Description = "Where the group lives, e.g. s3://bucket/group" };
        var ns = CommonOptions.Namespace("Register under this namespace (default: your user)");
        var name = new Option<string?>("--name") { Description = "Name (default: last segment of the storage URI)" };
        var description = CommonOptions.Description();
        var credentials = new Option<string?>("--credentials-name", "--access-credentials-name") { Description = "Stored cloud credentials" };
        var parent = CommonOptions.ParentGroup();
        return host.Command("register", "Register a group stored in object storage", [storage, ns, name, description, credentials, parent], async (ctx, ct) =>
        {
            var parentUri = ctx.Get(parent) is { } p ? Values.Uri(p) : null;
            var uri = await ctx.Cloud.Groups.RegisterAsync(
                new GroupRegistration
                {
                    StorageUri = ctx.Get(storage)!,
                    Namespace = ctx.Get(ns),
                    Name = ctx.Get(name),
                    Description = ctx.Get(description),
                    CredentialsName = ctx.Get(credentials),
                    ParentUri = parentUri,
                },
                ct).ConfigureAwait(false);
            return ctx.Emit(new { tiledb_uri = uri.ToString() }, () => ctx.Output.Success($"Registered group {uri}"));
        });
    }
}
