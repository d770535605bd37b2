using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Bench.Naive;

/// <summary>
/// The textbook Durable Functions fan-out the issue compares against: every item becomes its own activity, all
/// scheduled in one episode and awaited with <c>Task.WhenAll</c>. No batching, no bounded parallelism, no chunking
/// into sub-orchestrations, no retry policy: what a first version usually looks like.
/// </summary>
[DurableTask(nameof(NaiveFanOutOrchestrator))]
internal sealed class NaiveFanOutOrchestrator : TaskOrchestrator<NaiveFanOut, WorkflowReport>
{
    public override async Task<WorkflowReport> RunAsync(TaskOrchestrationContext context, NaiveFanOut input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var tasks = input.Items.Select(item => context.CallActivityAsync<ItemResult>(input.Activity, new NaiveItem(input.Target, item))).ToArray();
        var results = await Task.WhenAll(tasks);
        return new WorkflowReport(nameof(NaiveFanOutOrchestrator), false, results);
    }
}
