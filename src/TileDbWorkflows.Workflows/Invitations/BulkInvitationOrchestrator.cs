using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Invitations;

// SKELETON: replaced by the real orchestration in the workflows issue.
[DurableTask(nameof(BulkInvitationOrchestrator))]
public sealed class BulkInvitationOrchestrator : TaskOrchestrator<BulkInvitationRequest, WorkflowReport>
{
    public override Task<WorkflowReport> RunAsync(TaskOrchestrationContext context, BulkInvitationRequest input) =>
        throw new NotImplementedException();
}
