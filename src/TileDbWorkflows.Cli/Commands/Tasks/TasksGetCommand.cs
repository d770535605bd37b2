using System.CommandLine;
using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Tasks;

/// <summary><c>tdbw tasks get ID</c> (<c>tiledb.cloud.task(id)</c>).</summary>
internal static class TasksGetCommand
{
    public static Command Create(CliHost host)
    {
        var id = new Argument<string>("id") { Description = "Task id" };
        var command = new Command("get", "Show one task") { id };
        host.SetAction(command, async (ctx, ct) =>
        {
            using var client = ctx.CreateCloudClient();
            var task = await client.Tasks.GetAsync(ctx.Get(id)!, ct).ConfigureAwait(false);
            if (ctx.Json)
            {
                ctx.WriteJson(task);
            }
            else
            {
                TaskView.Details(ctx.Output, task);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
