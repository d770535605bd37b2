using TileDbWorkflows.Cli.Commands.Workflows;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cli.WorkflowApi;
using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Plans;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Commands.Plans;

/// <summary>
/// <c>tdbw plan FILE [--json]</c>: plans a state file on the worker (<c>POST /api/plans</c>), waits for it and prints a
/// table per kind, the access diff and a summary line. Exit 0: nothing to change; 2: changes; 1: error.
/// </summary>
internal static class PlanCommand
{
    public const int Changes = 2;

    private const string Help = "Plan a state file (an onboarding plan with an optional prune policy) against the live namespace: what apply would change, and who would gain or lose access\n\n"
        + "Exit codes:\n"
        + "  0  nothing to change (the namespace matches the file)\n"
        + "  2  there are changes (apply them with: tdbw apply PLAN_ID)\n"
        + "  1  error (invalid file, worker or TileDB error)\n\n"
        + "Examples:\n"
        + "  tdbw plan samples/onboarding.json\n"
        + "  tdbw plan state.json --json | jq '.changes[] | select(.outcome == \"deleted\")'";

    public static Command Create(CliHost host)
    {
        var file = new Argument<string>("file") { Description = "State file: an onboarding plan JSON, optionally with \"prune\": {\"arrays\": true, ...}" };
        var key = CommonOptions.IdempotencyKey("Same key, same plan: a repeated call starts nothing new");
        var timeout = CommonOptions.Timeout("Give up waiting for the plan after this long (default 10m)");
        return host.Command("plan", Help, [file, key, timeout, host.Globals.Endpoint, host.Globals.Key], async (ctx, ct) =>
        {
            OnboardingPlan state;
            try
            {
                state = WorkflowStartOptions.ReadRequest<OnboardingPlan>(ctx.Get(file)!);
            }
            catch (UsageException ex)
            {
                // Exit 2 means "changes" here: a bad file is an error like any other.
                throw new CliException(ex.Message);
            }

            using var client = ctx.CreateWorkflowClient();
            var started = await client.StartAsync(ApiRoutes.Plans, System.Text.Json.JsonSerializer.Serialize(state, CliJson.Workflows), ctx.Get(key), ct).ConfigureAwait(false);
            var status = await WaitAsync(ctx, client, started.Id, Values.Duration(ctx.Get(timeout)) ?? TimeSpan.FromMinutes(10), ct).ConfigureAwait(false);
            if (status.Report?.Plan is not { } plan)
            {
                throw new CliException($"plan {status.Id} ended {status.Status}" + (status.Failure is { } f ? ": " + f : string.Empty));
            }

            var lines = await LinesAsync(client, status.Id, status.Report, ct).ConfigureAwait(false);
            if (ctx.Json)
            {
                ctx.WriteJson(new
                {
                    plan,
                    changes = lines.Where(l => l.Phase != PlanKinds.Access).ToArray(),
                    access = lines.Where(l => l.Phase == PlanKinds.Access).ToArray(),
                }, CliJson.Workflows);
            }
            else
            {
                Print(ctx, plan, lines);
            }

            return plan.Changes == 0 ? ExitCodes.Success : Changes;
        });
    }

    /// <summary>Waits, without drawing, until the workflow ends.</summary>
    public static async Task<TileDbWorkflows.Workflows.Triggers.WorkflowStatus> WaitAsync(CliContext ctx, WorkflowApiClient client, string id, TimeSpan timeout, CancellationToken ct)
    {
        var time = ctx.Env.Time;
        var started = time.GetTimestamp();
        while (true)
        {
            var status = await client.GetAsync(id, ct).ConfigureAwait(false);
            if (WorkflowView.IsFinal(status))
            {
                return status;
            }

            if (time.GetElapsedTime(started) >= timeout)
            {
                throw new CliException($"timed out after {timeout} waiting for plan {id} (still {status.Status}); see: tdbw workflows watch {id}");
            }

            await Task.Delay(ctx.Env.PollInterval, time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Every line of the plan: inline when few, else page by page from the report route.</summary>
    public static async Task<IReadOnlyList<ItemResult>> LinesAsync(WorkflowApiClient client, string id, WorkflowReport report, CancellationToken ct)
    {
        if (report.ReportBlobs.Count == 0)
        {
            return report.Items;
        }

        var lines = new List<ItemResult>();
        for (var page = 1; ; page++)
        {
            var answer = await client.ReportAsync(id, null, page, 1000, ct).ConfigureAwait(false);
            lines.AddRange(answer.Items);
            if (answer.Items.Count == 0 || lines.Count >= answer.Total)
            {
                return lines;
            }
        }
    }

    public static void Print(CliContext ctx, PlanSummary plan, IReadOnlyList<ItemResult> lines)
    {
        foreach (var kind in PlanKinds.InOrder)
        {
            var rows = lines.Where(l => l.Phase == kind).ToArray();
            if (rows.Length > 0)
            {
                ctx.Output.Line(kind);
                ctx.Output.Table(["Change", "Item", "Detail"], rows.Select(r => new[] { Verb(r.Outcome), r.Item, r.Reason }));
            }
        }

        var access = lines.Where(l => l.Phase == PlanKinds.Access).ToArray();
        if (access.Length > 0)
        {
            ctx.Output.Line("access (effective, through groups too)");
            ctx.Output.Table(["Who on what", "Change"], access.Select(a => new[] { a.Item, a.Reason }));
        }

        if (plan.Changes == 0)
        {
            ctx.Output.Success($"Plan {plan.Id}: no changes; the namespace {plan.Namespace} matches the file.");
            return;
        }

        var line = $"Plan {plan.Id}: {plan.Creates} to create, {plan.Updates} to update, {plan.Deletes} to delete"
            + (plan.Destructive > 0 ? $" ({plan.Destructive} destructive: they wait for an approval)" : string.Empty) + "; "
            + $"access: {plan.AccessGains} gain, {plan.AccessLosses} lose. Apply with: tdbw apply {plan.Id}";
        if (plan.Destructive > 0)
        {
            ctx.Output.Warning(line);
        }
        else
        {
            ctx.Output.Line(line);
        }
    }

    private static string Verb(ItemOutcome outcome) => outcome switch
    {
        ItemOutcome.Created => "create",
        ItemOutcome.Updated => "update",
        ItemOutcome.Deleted => "delete",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
