using System.CommandLine;
using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Workflows;

/// <summary><c>tdbw workflows terminate|suspend|resume ID [--reason TEXT]</c>.</summary>
internal static class WorkflowsControlCommand
{
    public static Command Create(CliHost host, string action, string description)
    {
        var id = new Argument<string>("id") { Description = "Workflow instance id" };
        var reason = new Option<string?>("--reason") { Description = "Recorded with the instance" };
        var command = new Command(action, description) { id, reason };
        host.SetAction(command, async (ctx, ct) =>
        {
            using var client = ctx.CreateWorkflowClient();
            await client.ControlAsync(ctx.Get(id)!, action, ctx.Get(reason), ct).ConfigureAwait(false);
            if (ctx.Json)
            {
                ctx.WriteJson(new { id = ctx.Get(id), action }, CliJson.Workflows);
            }
            else
            {
                ctx.Output.Success($"{action} requested for {ctx.Get(id)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
