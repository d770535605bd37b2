using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Groups;

namespace TileDbWorkflows.Cli.Commands.Groups;

/// <summary><c>tdbw groups create NAME</c> (<c>tiledb.cloud.groups.create</c>).</summary>
internal static class GroupsCreateCommand
{
    public static Command Create(CliHost host)
    {
        var name = new Argument<string>("name") { Description = "Group name" };
        var ns = CommonOptions.Namespace("Namespace (default: your user)");
        var storage = new Option<string?>("--storage-uri") { Description = "Storage location (default: the namespace's group location plus the name)" };
        var credentials = new Option<string?>("--credentials-name") { Description = "Stored cloud credentials" };
        var parent = CommonOptions.ParentGroup();
        var description = CommonOptions.Description();
        var tags = CommonOptions.List("--tag", "Tags");
        return host.Command("create", "Create a new group", [name, ns, storage, credentials, parent, description, tags], async (ctx, ct) =>
        {
            var parentUri = ctx.Get(parent) is { } p ? Values.Uri(p) : null;
            var created = await ctx.Cloud.Groups.CreateAsync(
                new GroupCreateRequest
                {
                    Name = ctx.Get(name)!,
                    Namespace = ctx.Get(ns),
                    StorageUri = ctx.Get(storage),
                    CredentialsName = ctx.Get(credentials),
                    ParentUri = parentUri,
                    Description = ctx.Get(description),
                    Tags = Values.ListOrNull(ctx.Get(tags)),
                },
                ct).ConfigureAwait(false);
            return ctx.Emit(created, () => ctx.Output.Success($"Created group {created.TiledbUri ?? created.Name}"));
        });
    }
}
