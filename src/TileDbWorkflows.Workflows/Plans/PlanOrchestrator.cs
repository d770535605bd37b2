using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Plans;

/// <summary>
/// Plans a desired state against the live namespace (<see cref="MakePlanActivity"/>) and reports the plan: its id is
/// this instance's id, its lines are the changes and the access diff, <c>report.plan</c> holds the counts and the hash
/// of the state it saw. Changes nothing.
/// </summary>
[DurableTask(nameof(PlanOrchestrator))]
public sealed class PlanOrchestrator : TaskOrchestrator<PlanInput, WorkflowReport>
{
    public const string Phase = "planning";

    public override async Task<WorkflowReport> RunAsync(TaskOrchestrationContext context, PlanInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var settings = await Durable.LoadSettingsAsync(context);
        context.SetCustomStatus(WorkflowProgress.Start((Phase, 1)));
        var plan = await Durable.CallAsync<PlanSummary>(context, settings, nameof(MakePlanActivity),
            new PlanPreparation(context.InstanceId, input.InputBlob is null ? input.State : null, input.InputBlob, null, settings.InlineReportItems), "planning");
        return ReportOf(nameof(PlanOrchestrator), plan, []);
    }

    /// <summary>A plan's report: its lines inline when few, else by reference, plus <paramref name="extra"/> lines.</summary>
    internal static WorkflowReport ReportOf(string workflow, PlanSummary plan, IReadOnlyList<ItemResult> extra)
    {
        var lines = plan.Lines ?? [];
        var summary = new ReportSummary(plan.Creates, plan.Updates, plan.Deletes, 0, 0);
        return new WorkflowReport(workflow, true, [.. lines, .. extra])
        {
            Summary = plan.Lines is null ? summary.Add(ReportSummary.Of(extra)) : ReportSummary.Of([.. lines.Where(l => l.Phase != PlanKinds.Access), .. extra]),
            ReportBlobs = plan.Lines is null ? [PlanDocument.LinesNameFor(plan.Id)] : [],
            Plan = plan with { Lines = null },
        };
    }
}
