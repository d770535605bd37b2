using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Workflows.Plans;

/// <summary>
/// Applies exactly a plan. It plans again first and refuses a stale plan ("plan is stale: N changes differ", nothing
/// done); then makes the non-destructive changes by running the onboarding workflow on the desired state (one way to
/// do each thing, on the list engine); then, for destructive changes, waits for an approval — the
/// <see cref="ApprovalEvent"/> external event, with a durable timer as the deadline — unless auto-approve was asked
/// and their count is at most <c>Workflows:AutoApproveMaxDestructive</c>. An expired or rejected approval ends the
/// workflow with nothing destructive done; what was already applied stays, and the report says so.
/// </summary>
[DurableTask(nameof(ApplyOrchestrator))]
public sealed class ApplyOrchestrator : TaskOrchestrator<ApplyRequest, WorkflowReport>
{
    public const string ApprovalEvent = "approval";

    public const string Applied = "applied";
    public const string NotApproved = "not approved";
    public const string Rejected = "rejected";
    public const string NothingToChange = "nothing to change";

    public override async Task<WorkflowReport> RunAsync(TaskOrchestrationContext context, ApplyRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var settings = await Durable.LoadSettingsAsync(context);
        var progress = WorkflowProgress.Start((PlanOrchestrator.Phase, 1));
        context.SetCustomStatus(progress);
        var plan = await Durable.CallAsync<PlanSummary>(context, settings, nameof(MakePlanActivity),
            new PlanPreparation(context.InstanceId, input.InputBlob is null ? input.State : null, input.InputBlob, input.PlanId, settings.InlineReportItems), "planning again");
        if (plan.StaleBy is > 0 and var differ)
        {
            throw new WorkflowFailedException(
                $"plan is stale: {differ} changes differ (the live state moved since plan {plan.GivenPlan}); nothing was changed. Plan again and apply the new plan ({context.InstanceId}).");
        }
        if (plan.Changes == 0)
        {
            return PlanOrchestrator.ReportOf(nameof(ApplyOrchestrator), plan with { Outcome = NothingToChange, Note = "the live state already matches the file" }, []) with { DryRun = false };
        }

        var parts = new List<WorkflowReport>();
        if (plan.NonDestructive > 0)
        {
            context.SetCustomStatus(progress = progress with { Phase = "applying" });
            var onboarding = new OnboardingInput(new OnboardingPlan { Namespace = plan.Namespace }, DryRun: false) { InputBlob = plan.DesiredInput };
            parts.Add(await Durable.CallSubAsync<WorkflowReport>(context, nameof(OnboardingOrchestrator), onboarding, $"{context.InstanceId}:apply", "applying the non-destructive changes"));
        }

        var lines = new List<ItemResult>();
        string outcome = Applied, note;
        if (plan.Destructive == 0)
        {
            note = $"{plan.NonDestructive} changes applied; none was destructive";
        }
        else
        {
            var (approved, why) = input.AutoApprove && plan.Destructive <= settings.AutoApproveMaxDestructive
                ? (true, $"auto-approved ({plan.Destructive} destructive, at most {settings.AutoApproveMaxDestructive} may be)")
                : await WaitForApprovalAsync(context, settings, plan, progress);
            if (approved)
            {
                context.SetCustomStatus(progress = progress with { Phase = "destructive", Approval = null });
                lines.AddRange(await DestroyAsync(context, settings, plan));
                note = $"{plan.NonDestructive} non-destructive changes applied; {plan.Destructive} destructive changes {why}";
            }
            else
            {
                outcome = why.StartsWith(Rejected, StringComparison.Ordinal) ? Rejected : NotApproved;
                note = $"{why}: none of the {plan.Destructive} destructive changes was made" +
                    (plan.NonDestructive > 0 ? $"; the {plan.NonDestructive} non-destructive changes were applied and stay" : string.Empty);
            }
        }
        var report = WorkflowReport.Combine(nameof(ApplyOrchestrator), false, lines, parts, settings.ReportFailuresShown);
        return report with { Plan = plan with { Outcome = outcome, Note = note, Lines = null } };
    }

    private static async Task<(bool Approved, string Why)> WaitForApprovalAsync(TaskOrchestrationContext context, WorkflowOptions settings, PlanSummary plan, WorkflowProgress progress)
    {
        var since = context.CurrentUtcDateTime;
        var deadline = since + settings.ApprovalTimeout;
        var approve = $"/{ApiRoutes.Prefix}/{ApiRoutes.ForId(ApiRoutes.ApproveWorkflow, context.InstanceId)}";
        var reject = $"/{ApiRoutes.Prefix}/{ApiRoutes.ForId(ApiRoutes.RejectWorkflow, context.InstanceId)}";
        context.SetCustomStatus(progress with { Phase = "approval", Approval = new ApprovalWait(plan.Destructive, plan.AccessLosses, since, deadline, approve, reject) });
        using var timerCancel = new CancellationTokenSource();
        var decision = context.WaitForExternalEvent<ApprovalDecision>(ApprovalEvent);
        var timer = context.CreateTimer(deadline, timerCancel.Token);
        if (await Task.WhenAny(decision, timer) == decision)
        {
            // Cancel, not CancelAsync: the timer's continuation must run on the orchestrator's own thread, in order.
            timerCancel.Cancel();
            var d = await decision;
            var reason = string.IsNullOrWhiteSpace(d.Reason) ? string.Empty : $" ({d.Reason})";
            return d.Approved ? (true, "approved" + reason) : (false, Rejected + reason);
        }
        return (false, $"{NotApproved}: the approval deadline ({deadline:u}) passed");
    }

    private static async Task<IReadOnlyList<ItemResult>> DestroyAsync(TaskOrchestrationContext context, WorkflowOptions settings, PlanSummary plan)
    {
        var done = new List<ItemResult>();
        for (var skip = 0; skip < plan.Destructive; skip += settings.BatchSize)
        {
            var batch = await Durable.CallAsync<ItemResult[]>(context, settings, nameof(ApplyDestructiveActivity), new DestructiveBatch(plan.Document, skip, settings.BatchSize), "making the destructive changes");
            // A transient failure retries only its own change, after a durable timer.
            for (var attempt = 1; batch.Any(l => l.Outcome == ItemOutcome.Retry) && attempt < settings.RetryMaxAttempts; attempt++)
            {
                done.AddRange(batch.Where(l => l.Outcome != ItemOutcome.Retry));
                await context.CreateTimer(settings.RetryFirstInterval, CancellationToken.None);
                var retry = batch.Where(l => l.Outcome == ItemOutcome.Retry).Select(l => l.Item).ToArray();
                batch = await Durable.CallAsync<ItemResult[]>(context, settings, nameof(ApplyDestructiveActivity), new DestructiveBatch(plan.Document, 0, 0, retry), "retrying destructive changes");
            }
            done.AddRange(batch.Select(l => l.Outcome == ItemOutcome.Retry ? ItemResult.Failed(l.Phase, l.Item, $"{l.Reason} (after {settings.RetryMaxAttempts} attempts)") : l));
        }
        return done;
    }
}
