using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Files;

// SKELETON: replaced by the real orchestration in the workflows issue.
[DurableTask(nameof(FileTransferOrchestrator))]
public sealed class FileTransferOrchestrator : TaskOrchestrator<FileTransferRequest, WorkflowReport>
{
    public override Task<WorkflowReport> RunAsync(TaskOrchestrationContext context, FileTransferRequest input) =>
        throw new NotImplementedException();
}
