using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Tasks;

/// <summary><c>tdbw tasks get ID</c> (<c>tiledb.cloud.task(id)</c>).</summary>
internal static class TasksGetCommand
{
    public static Command Create(CliHost host)
    {
        var id = CommonOptions.Id("Task id");
        return host.Command("get", "Show one task", [id], async (ctx, ct) =>
        {
            var task = await ctx.Cloud.Tasks.GetAsync(ctx.Get(id)!, ct).ConfigureAwait(false);
            return ctx.Emit(task, () => TaskView.Details(ctx.Output, task));
        });
    }
}
