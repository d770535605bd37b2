using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Commands.Workflows;

/// <summary>
/// <c>tdbw workflows report ID</c>: the full per-item report of a (big) workflow, a page at a time, over
/// <c>GET /api/workflows/{id}/report</c>; the status shows only the summary and the first failures.
/// </summary>
internal static class WorkflowsReportCommand
{
    private static readonly string[] Outcomes = ["created", "updated", "deleted", "skipped", "failed"];

    public static Command Create(CliHost host)
    {
        var id = CommonOptions.Id("Workflow instance id");
        var outcome = new Option<string?>("--outcome") { Description = "Only the items with this outcome: " + string.Join(", ", Outcomes) };
        outcome.AcceptOnlyFromAmong(Outcomes);
        var page = CommonOptions.Page();
        var pageSize = new Option<int?>("--page-size") { Description = $"Items per page (1-{ReportQuery.MaxPageSize}, the worker's default 100)" };
        var all = CommonOptions.All();
        const string help = "Show a workflow's full report, item by item, a page at a time (the status shows only the summary and the first failures)\n\n"
            + "Examples:\n  tdbw workflows report invitations-welcome --outcome failed\n  tdbw workflows report sharing-k1 --page 2 --page-size 500\n"
            + "  tdbw workflows report invitations-welcome --all --json > report.json";
        return host.Command("report", help, [id, outcome, page, pageSize, all], async (ctx, ct) =>
        {
            if (ctx.Get(pageSize) is { } size && size is < 1 or > ReportQuery.MaxPageSize)
            {
                throw new UsageException($"--page-size must be from 1 to {ReportQuery.MaxPageSize}");
            }

            if (ctx.Get(page) is < 1)
            {
                throw new UsageException("--page must be 1 or more");
            }

            using var client = ctx.CreateWorkflowClient();
            var workflow = ctx.Get(id)!;
            var first = await client.ReportAsync(workflow, ctx.Get(outcome), ctx.Get(page), ctx.Get(pageSize), ct).ConfigureAwait(false);
            var items = first.Items.ToList();
            var last = first;
            while (ctx.Get(all) && last.Items.Count > 0 && (long)last.Page * last.PageSize < last.Total)
            {
                last = await client.ReportAsync(workflow, ctx.Get(outcome), last.Page + 1, last.PageSize, ct).ConfigureAwait(false);
                items.AddRange(last.Items);
            }

            var shown = first with { Items = items };
            return ctx.Emit(shown, () =>
            {
                ctx.Output.Table(
                    ["Phase", "Item", "Outcome", "Reason"],
                    items.Select(i => new[] { i.Phase, i.Item, i.Outcome.ToString().ToLowerInvariant(), i.Reason }));
                ctx.Output.Line(Footer(shown, ctx.Get(all)));
            }, CliJson.Workflows);
        });
    }

    private static string Footer(WorkflowReportPage page, bool all)
    {
        var which = page.Outcome is { } o ? $" {o.ToString().ToLowerInvariant()}" : string.Empty;
        var pages = Math.Max(1, (page.Total + page.PageSize - 1) / page.PageSize);
        if (all || pages <= 1)
        {
            return $"{page.Items.Count} of {page.Total}{which} items";
        }

        var more = page.Page < pages ? $"; next: --page {page.Page + 1}, or --all" : string.Empty;
        return $"{page.Items.Count}{which} items on page {page.Page} of {pages} ({page.Total} in all){more}";
    }
}
