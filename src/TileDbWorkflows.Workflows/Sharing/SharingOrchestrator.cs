using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Sharing;

// SKELETON: replaced by the real orchestration in the workflows issue.
[DurableTask(nameof(SharingOrchestrator))]
public sealed class SharingOrchestrator : TaskOrchestrator<SharingRequest, WorkflowReport>
{
    public override Task<WorkflowReport> RunAsync(TaskOrchestrationContext context, SharingRequest input) =>
        throw new NotImplementedException();
}
