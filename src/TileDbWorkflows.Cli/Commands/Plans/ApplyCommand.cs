using TileDbWorkflows.Cli.Commands.Workflows;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Plans;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Commands.Plans;

/// <summary>
/// <c>tdbw apply FILE|PLAN_ID [--auto-approve] [--watch]</c>: the apply workflow (<c>POST /api/apply</c>). A plan id is
/// refused when the namespace moved since it was made; destructive changes wait for <c>tdbw approve|reject ID</c>.
/// </summary>
internal static class ApplyCommand
{
    private const string Help = "Apply a plan (by its id, from tdbw plan) or a state file. Non-destructive changes are made at once; destructive ones "
        + "(deregister, unshare, fewer actions, member removal, invitation cancel) wait for tdbw approve|reject ID until the deadline "
        + "(Workflows:ApprovalTimeout), unless --auto-approve is given and they are at most Workflows:AutoApproveMaxDestructive\n\n"
        + "Exit codes:\n"
        + "  0  applied (or started, without --watch)\n"
        + "  1  error, stale plan (\"plan is stale: N changes differ\", nothing done), a failed change, or not approved / rejected\n"
        + "  2  usage (bad arguments or file)\n\n"
        + "Examples:\n"
        + "  tdbw plan state.json && echo 'nothing to do'\n"
        + "  tdbw apply plan-0f3c… --watch\n"
        + "  tdbw apply state.json --auto-approve --watch";

    public static Command Create(CliHost host)
    {
        var target = new Argument<string>("plan") { Description = "A state file (JSON), or the id of a plan made by tdbw plan" };
        var autoApprove = new Option<bool>("--auto-approve") { Description = "Approve the destructive changes up front (only when they are at most the configured threshold)" };
        var start = new WorkflowStartOptions(host, "apply");
        return host.Command("apply", Help, [target, autoApprove, .. start.Symbols], async (ctx, ct) =>
        {
            var value = ctx.Get(target)!;
            var request = File.Exists(value) || value.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? new ApplyRequest { State = WorkflowStartOptions.ReadRequest<OnboardingPlan>(value) }
                : new ApplyRequest { PlanId = value };
            request = request with { AutoApprove = ctx.Get(autoApprove) };
            return await start.StartAsync(ctx, ApiRoutes.Apply, InstanceIds.Apply, request, ct).ConfigureAwait(false);
        });
    }
}
