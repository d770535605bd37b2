using System.Text.Json;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Workflows.Sweep;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Commands.Workflows;

/// <summary><c>tdbw sweep run [--manifest NAME]</c>: starts the registration sweep now instead of waiting for the nightly timer.</summary>
internal static class SweepCommand
{
    public static Command Create(CliHost host)
    {
        var manifest = new Option<string?>("--manifest") { Description = "One manifest blob name (default: every manifest)" };
        var dryRun = CommonOptions.DryRun();
        var watch = CommonOptions.Watch("Follow the workflow until it ends");
        var key = CommonOptions.IdempotencyKey("Same key, same sweep");
        var timeout = CommonOptions.Timeout("Stop watching after this long");
        var run = new Command("run", "Start a registration sweep") { manifest, dryRun, watch, key, timeout, host.Globals.Endpoint, host.Globals.Key };
        host.SetAction(run, async (ctx, ct) =>
        {
            var body = JsonSerializer.Serialize(new SweepRequest { Manifest = ctx.Get(manifest), DryRun = ctx.Get(dryRun) }, CliJson.Workflows);
            using var client = ctx.CreateWorkflowClient();
            var before = await ExistingWorkflow.FindAsync(client, InstanceIds.Sweep, ctx.Get(key), ct).ConfigureAwait(false);
            var status = await client.StartAsync(ApiRoutes.Sweeps, body, ctx.Get(key), ct).ConfigureAwait(false);
            ExistingWorkflow.Tell(ctx, before, status, "--idempotency-key");
            return await OnboardCommand.Follow(ctx, client, status, ctx.Get(watch), Values.Duration(ctx.Get(timeout)), ct).ConfigureAwait(false);
        });
        return new Command("sweep", "Registration sweeps (reconcile manifests with TileDB Cloud)") { run };
    }
}
