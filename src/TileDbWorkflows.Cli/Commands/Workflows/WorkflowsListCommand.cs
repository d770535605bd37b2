using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Commands.Workflows;

/// <summary>
/// <c>tdbw workflows list</c>: <c>GET /api/workflows</c> with its filters, newest first, child instances folded under
/// their parent (<see cref="WorkflowFamilies"/>) unless <c>--all</c>.
/// </summary>
internal static class WorkflowsListCommand
{
    public static Command Create(CliHost host)
    {
        var status = CommonOptions.List("--status", "Running, Completed, Failed, Terminated, Suspended, Pending");
        var prefix = new Option<string?>("--prefix") { Description = "Instance id prefix, e.g. onboarding- or sweep-" };
        var pageSize = new Option<int?>("--page-size") { Description = "Instances per page (1-500)" };
        var token = new Option<string?>("--continuation-token") { Description = "Continue a previous listing" };
        var all = new Option<bool>("--all") { Description = "Fetch every page and list child instances (X:chunk-0001, X:sharing) on their own rows" };
        const string help = "List workflows, newest first; child instances are counted on their parent's row unless --all\n\n"
            + "Examples:\n  tdbw workflows list --status Running\n  tdbw workflows list --prefix onboarding- --all";
        return host.Command("list", help, [status, prefix, pageSize, token, all], async (ctx, ct) =>
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

            var families = WorkflowFamilies.Fold(items);
            var unfold = ctx.Get(all);
            if (ctx.Json)
            {
                // Scripts get every instance (the worker's shape), in the order the table shows them.
                var ordered = families.SelectMany(f => f.Children.Prepend(f.Parent)).ToList();
                ctx.WriteJson(new WorkflowList(ordered, next), CliJson.Workflows);
                return ExitCodes.Success;
            }

            static string?[] Row(WorkflowStatus w, string id, string children) =>
                [id, w.Name, w.Status, w.Progress?.Phase, children, Output.Date(w.CreatedAt), Output.Date(w.LastUpdatedAt)];
            var rows = families.SelectMany(f => unfold
                ? f.Children.Select(c => Row(c, "  " + c.Id, string.Empty)).Prepend(Row(f.Parent, f.Parent.Id, Count(f)))
                : [Row(f.Parent, f.Parent.Id, Count(f))]);
            ctx.Output.Table(["Id", "Workflow", "Status", "Phase", "Children", "Created", "Updated"], rows);
            var folded = unfold ? 0 : families.Sum(f => f.Children.Count);
            ctx.Output.Line(Paging.Footer(families.Count, "workflow", null)
                + (folded > 0 ? $" ({folded} child instance{(folded == 1 ? string.Empty : "s")} folded; --all lists them)" : string.Empty)
                + (string.IsNullOrEmpty(next) ? string.Empty : $"; more: --continuation-token {next} or --all"));
            return ExitCodes.Success;
        });
    }

    private static string Count(WorkflowFamily family) =>
        family.Children.Count == 0 ? string.Empty : family.Children.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
