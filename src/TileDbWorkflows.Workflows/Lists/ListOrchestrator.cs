using Microsoft.DurableTask;

namespace TileDbWorkflows.Workflows.Lists;

/// <summary>
/// One phase of a workflow of several phases (onboarding, sweep, file transfers) on the list engine, as a
/// sub-orchestration: the phase's list lives in its own bounded instances, never in the caller's history. It records
/// no metrics: the workflow a user started records its items once.
/// </summary>
[DurableTask(nameof(ListOrchestrator))]
public sealed class ListOrchestrator : TaskOrchestrator<ListRun, Reporting.WorkflowReport>
{
    public override async Task<Reporting.WorkflowReport> RunAsync(TaskOrchestrationContext context, ListRun input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var report = await ListEngine.RunAsync(context, input.Settings, input.Workflow, input.Cursor, next => input with { Cursor = next }, recordMetrics: false);
        // Null only after ContinueAsNew, whose output nobody reads.
        return report!;
    }

    /// <summary>Runs <paramref name="job"/> as the sub-orchestration <paramref name="instanceId"/>; its failure reason passes up unchanged.</summary>
    public static Task<Reporting.WorkflowReport> CallAsync(
        TaskOrchestrationContext context, Common.WorkflowOptions settings, string workflow, ListJob job, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(job);
        var feature = ListFeatures.Get(job.Feature);
        return Common.Durable.CallSubAsync<Reporting.WorkflowReport>(
            context, nameof(ListOrchestrator), new ListRun(workflow, ListCursor.Start(job), settings), instanceId, feature.Step(job.Header));
    }
}
