using TileDbWorkflows.Cli.Commands.Workflows;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Workflows.Sharing;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Commands.Sharing;

/// <summary>
/// <c>tdbw share FILE | --namespace NS --asset A --user U --actions read [--revoke] [--dry-run]</c>: the worker's
/// sharing workflow (<c>POST /api/sharing</c>), many assets with many users in one reported run.
/// </summary>
internal static class ShareCommand
{
    private const string Help = "Share (or, with --revoke, unshare) arrays and groups with users through the worker's sharing workflow\n\n"
        + "Examples:\n"
        + "  tdbw share sharing.json --watch                # a SharingRequest: {\"namespace\":\"demo\",\"shares\":[...]}\n"
        + "  tdbw share --namespace demo --asset readings --asset tiledb://other/sites --user alice,bob --actions read\n"
        + "  tdbw share --namespace demo --asset readings --user bob --revoke --dry-run";

    public static Command Create(CliHost host)
    {
        var file = new Argument<string?>("file") { Description = "A SharingRequest JSON file (instead of the options below)", Arity = ArgumentArity.ZeroOrOne };
        var ns = CommonOptions.Namespace("The namespace plain asset names belong to");
        var assets = CommonOptions.List("--asset", "Array or group: a name in --namespace or a tiledb:// URI");
        var users = CommonOptions.List("--user", "User or organization to share with");
        var actions = CommonOptions.List("--actions", "Array actions: read, write, edit, read_array_logs, read_array_info, read_array_schema");
        var revoke = new Option<bool>("--revoke") { Description = "Take the users' access away instead (no --actions needed)" };
        var dryRun = CommonOptions.DryRun();
        var start = new WorkflowStartOptions(host, "sharing run");
        return host.Command("share", Help, [file, ns, assets, users, actions, revoke, dryRun, .. start.Symbols], async (ctx, ct) =>
        {
            SharingRequest request;
            if (ctx.Get(file) is { } path)
            {
                if (ctx.Get(ns) is not null || Values.List(ctx.Get(assets)).Count > 0 || Values.List(ctx.Get(users)).Count > 0)
                {
                    throw new UsageException("give a request file or --namespace/--asset/--user, not both");
                }

                request = WorkflowStartOptions.ReadRequest<SharingRequest>(path);
            }
            else
            {
                request = new SharingRequest
                {
                    Namespace = ctx.Get(ns) ?? throw new UsageException("give a request file, or --namespace with --asset and --user"),
                    Shares = [new ShareSpec { Assets = Values.List(ctx.Get(assets)), Users = Values.List(ctx.Get(users)), Actions = Values.List(ctx.Get(actions)) }],
                };
            }

            request = request with { Revoke = request.Revoke || ctx.Get(revoke), DryRun = request.DryRun || ctx.Get(dryRun) };
            return await start.StartAsync(ctx, ApiRoutes.Sharing, InstanceIds.Sharing, request, ct).ConfigureAwait(false);
        });
    }
}
