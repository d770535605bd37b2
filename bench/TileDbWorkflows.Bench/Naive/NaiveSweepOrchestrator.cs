using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Sweep;

namespace TileDbWorkflows.Bench.Naive;

/// <summary>
/// The textbook sweep: read the manifest (the shipped activity), then one activity per entry, all at once.
/// The input is the manifest blob name.
/// </summary>
[DurableTask(nameof(NaiveSweepOrchestrator))]
internal sealed class NaiveSweepOrchestrator : TaskOrchestrator<string, WorkflowReport>
{
    public override async Task<WorkflowReport> RunAsync(TaskOrchestrationContext context, string input)
    {
        ArgumentNullException.ThrowIfNull(context);
        var read = await context.CallActivityAsync<ManifestReadResult>(nameof(ReadManifestActivity), input);
        var manifest = read.Manifest ?? throw new InvalidOperationException(read.Error);
        var tasks = manifest.Arrays
            .Select(a => context.CallActivityAsync<ItemResult>(nameof(NaiveRegisterActivity), new NaiveRegistration(manifest.Namespace, a)))
            .ToArray();
        var results = await Task.WhenAll(tasks);
        return new WorkflowReport(nameof(NaiveSweepOrchestrator), false, results);
    }
}
