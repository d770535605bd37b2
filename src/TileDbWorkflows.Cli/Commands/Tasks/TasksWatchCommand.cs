using TileDbWorkflows.Cli.Commands.Workflows;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Workflows.Tasks;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Commands.Tasks;

/// <summary>
/// <c>tdbw tasks watch ID...</c>: the worker's task watch workflow (<c>POST /api/tasks/watch</c>), which waits for the
/// tasks durably and reports each; <c>tasks wait</c> is the same wait in this process.
/// </summary>
internal static class TasksWatchCommand
{
    private const string Help = "Have the worker wait for TileDB tasks (durably, reported per task)\n\n"
        + "Examples:\n"
        + "  tdbw tasks watch 6a1f... 7b2e... --watch\n"
        + "  tdbw tasks watch 6a1f... --wait-at-most 2h --idempotency-key nightly-etl";

    public static Command Create(CliHost host)
    {
        var ids = new Argument<string[]>("id") { Description = "Task ids", Arity = ArgumentArity.OneOrMore };
        var waitAtMost = new Option<string?>("--wait-at-most") { Description = "How long the worker waits for the tasks (90s, 10m, 2h); default: the worker's setting" };
        var start = new WorkflowStartOptions(host, "task watch");
        return host.Command("watch", Help, [ids, waitAtMost, .. start.Symbols], async (ctx, ct) =>
        {
            var request = new TaskWatchRequest { TaskIds = Values.List(ctx.Get(ids)), Timeout = Values.Duration(ctx.Get(waitAtMost)) };
            return await start.StartAsync(ctx, ApiRoutes.TaskWatch, InstanceIds.Tasks, request, ct).ConfigureAwait(false);
        });
    }
}
