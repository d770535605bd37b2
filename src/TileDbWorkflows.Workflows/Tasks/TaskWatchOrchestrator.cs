using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Tasks;

// SKELETON: replaced by the real orchestration in the workflows issue.
[DurableTask(nameof(TaskWatchOrchestrator))]
public sealed class TaskWatchOrchestrator : TaskOrchestrator<TaskWatchInput, WorkflowReport>
{
    public override Task<WorkflowReport> RunAsync(TaskOrchestrationContext context, TaskWatchInput input) =>
        throw new NotImplementedException();
}
