using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Commands.Workflows;

/// <summary><c>tdbw workflows list</c>: <c>GET /api/workflows</c> with its filters.</summary>
internal static class WorkflowsListCommand
{
    public static Command Create(CliHost host)
    {
        var status = CommonOptions.List("--status", "Running, Completed, Failed, Terminated, Suspended, Pending");
        var prefix = new Option<string?>("--prefix") { Description = "Instance id prefix, e.g. onboarding- or sweep-" };
        var pageSize = new Option<int?>("--page-size") { Description = "Instances per page (1-500)" };
        var token = new Option<string?>("--continuation-token") { Description = "Continue a previous listing" };
        var all = CommonOptions.All();
        return host.Command("list", "List workflows", [status, prefix, pageSize, token, all], async (ctx, ct) =>
        {
            using var client = ctx.CreateWorkflowClient();
            var statuses = Values.List(ctx.Get(status)) is { Count: > 0 } s ? string.Join(',', s) : null;
            var items = new List<WorkflowStatus>();
            var next = ctx.Get(token);
            do
            {
                var page = await client.ListAsync(statuses, ctx.Get(prefix), ctx.Get(pageSize), next, ct).ConfigureAwait(false);
                items.AddRange(page.Items);
                next = page.ContinuationToken;
            }
            while (ctx.Get(all) && !string.IsNullOrEmpty(next));

            if (ctx.Json)
            {
                ctx.WriteJson(new WorkflowList(items, next), CliJson.Workflows);
                return ExitCodes.Success;
            }

            ctx.Output.Table(
                ["Id", "Workflow", "Status", "Phase", "Created", "Updated"],
                items.Select(w => new[] { w.Id, w.Name, w.Status, w.Progress?.Phase, Output.Date(w.CreatedAt), Output.Date(w.LastUpdatedAt) }));
            ctx.Output.Line(Paging.Footer(items.Count, "workflow", null) + (string.IsNullOrEmpty(next) ? string.Empty : $"; more: --continuation-token {next} or --all"));
            return ExitCodes.Success;
        });
    }
}
