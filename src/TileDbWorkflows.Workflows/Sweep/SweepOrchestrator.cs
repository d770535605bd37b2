using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Sweep;

// SKELETON: replaced by the real orchestration in the workflows issue.
[DurableTask(nameof(SweepOrchestrator))]
public sealed class SweepOrchestrator : TaskOrchestrator<SweepRequest, WorkflowReport>
{
    public override Task<WorkflowReport> RunAsync(TaskOrchestrationContext context, SweepRequest input) =>
        throw new NotImplementedException();
}
