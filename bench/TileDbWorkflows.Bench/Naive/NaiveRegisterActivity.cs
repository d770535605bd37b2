using Microsoft.DurableTask;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Sweep;

namespace TileDbWorkflows.Bench.Naive;

/// <summary>
/// Ensures one manifest entry is registered. It reuses the shipped look-before-act (<see cref="ArrayRegistrar"/>),
/// because a sweep without it would fail on every array already registered: the naive part is one activity per entry.
/// </summary>
[DurableTask(nameof(NaiveRegisterActivity))]
internal sealed class NaiveRegisterActivity(ITileDbCloudClient client) : TaskActivity<NaiveRegistration, ItemResult>
{
    public override Task<ItemResult> RunAsync(TaskActivityContext context, NaiveRegistration input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ArrayRegistrar.EnsureAsync(client, input.Namespace, input.Array, dryRun: false, SweepOrchestrator.ArraysPhase, knownMissing: false, CancellationToken.None);
    }
}
