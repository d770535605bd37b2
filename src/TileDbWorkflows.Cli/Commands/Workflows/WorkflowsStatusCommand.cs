using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Workflows;

/// <summary><c>tdbw workflows status ID</c>: one look at a workflow (use <c>watch</c> to follow it).</summary>
internal static class WorkflowsStatusCommand
{
    public static Command Create(CliHost host)
    {
        var id = CommonOptions.Id("Workflow instance id");
        return host.Command("status", "Show a workflow's status, progress and report", [id], async (ctx, ct) =>
        {
            using var client = ctx.CreateWorkflowClient();
            var status = await client.GetAsync(ctx.Get(id)!, ct).ConfigureAwait(false);
            if (ctx.Json)
            {
                ctx.WriteJson(status, CliJson.Workflows);
            }
            else
            {
                WorkflowView.Show(ctx, status);
            }

            // Reading the status succeeded whatever the workflow did; `watch` is the command whose exit code judges the run.
            return ExitCodes.Success;
        });
    }
}
