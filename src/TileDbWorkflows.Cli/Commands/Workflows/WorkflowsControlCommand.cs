using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Workflows;

/// <summary><c>tdbw workflows terminate|suspend|resume ID [--reason TEXT]</c>.</summary>
internal static class WorkflowsControlCommand
{
    public static Command Create(CliHost host, string action, string description)
    {
        var id = CommonOptions.Id("Workflow instance id");
        var reason = new Option<string?>("--reason") { Description = "Recorded with the instance" };
        return host.Command(action, description, [id, reason], async (ctx, ct) =>
        {
            using var client = ctx.CreateWorkflowClient();
            await client.ControlAsync(ctx.Get(id)!, action, ctx.Get(reason), ct).ConfigureAwait(false);
            return ctx.Emit(new { id = ctx.Get(id), action }, () => ctx.Output.Success($"{action} requested for {ctx.Get(id)}"), CliJson.Workflows);
        });
    }
}
