using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Onboarding;

// SKELETON: replaced by the real orchestration in the workflows issue.
[DurableTask(nameof(OnboardingOrchestrator))]
public sealed class OnboardingOrchestrator : TaskOrchestrator<OnboardingInput, WorkflowReport>
{
    public override Task<WorkflowReport> RunAsync(TaskOrchestrationContext context, OnboardingInput input) =>
        throw new NotImplementedException();
}
