using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Workflows;

/// <summary><c>tdbw workflows watch ID</c>: live progress per phase, then the report; non-zero exit if anything failed.</summary>
internal static class WorkflowsWatchCommand
{
    public static Command Create(CliHost host)
    {
        var id = CommonOptions.Id("Workflow instance id");
        var timeout = CommonOptions.Timeout("Stop watching after this long (10m, 1h); the workflow keeps running");
        return host.Command("watch", "Follow a workflow with a progress bar per phase until it ends; Ctrl+C stops watching (exit 130), not the workflow\n\n"
            + "Examples:\n  tdbw workflows watch onboarding-demo\n  tdbw workflows watch sweep-nightly --timeout 30m", [id, timeout], async (ctx, ct) =>
        {
            using var client = ctx.CreateWorkflowClient();
            return await WorkflowView.WatchAsync(ctx, client, ctx.Get(id)!, Values.Duration(ctx.Get(timeout)), ct).ConfigureAwait(false);
        });
    }
}
