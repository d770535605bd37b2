using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Common;

namespace TileDbWorkflows.Bench.Naive;

/// <summary>Measures the durable round trip alone: N activity calls one after another that do no I/O.</summary>
[DurableTask(nameof(ProbeOrchestrator))]
internal sealed class ProbeOrchestrator : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (input > 0)
        {
            for (var i = 0; i < input; i++)
            {
                await context.CallActivityAsync<WorkflowOptions>(nameof(LoadSettingsActivity));
            }
            return input;
        }
        // Negative: -input no-op activities with 4 in flight, as the shipped workflows run their batches.
        await Durable.RunBoundedAsync(Enumerable.Range(0, -input).ToArray(), 4,
            (_, _) => context.CallActivityAsync<WorkflowOptions>(nameof(LoadSettingsActivity)));
        return input;
    }
}
