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
        var start = new WorkflowStartOptions(host, "sweep");
        var run = host.Command("run", "Start a registration sweep\n\nExamples:\n  tdbw sweep run --dry-run\n  tdbw sweep run --manifest team-a.json --watch", [manifest, dryRun, .. start.Symbols], (ctx, ct) =>
            start.StartAsync(ctx, ApiRoutes.Sweeps, InstanceIds.Sweep, new SweepRequest { Manifest = ctx.Get(manifest), DryRun = ctx.Get(dryRun) }, ct));
        return new Command("sweep", "Registration sweeps (reconcile manifests with TileDB Cloud)") { run };
    }
}
