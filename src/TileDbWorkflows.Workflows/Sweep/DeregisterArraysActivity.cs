using Microsoft.DurableTask;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>Deregisters arrays pruned from a manifest (data stays in storage); an array already gone is skipped.</summary>
[DurableTask(nameof(DeregisterArraysActivity))]
public sealed class DeregisterArraysActivity(ITileDbCloudClient client) : TaskActivity<DeregisterBatch, IReadOnlyList<ItemResult>>
{
    public const string Phase = "prune";

    public override async Task<IReadOnlyList<ItemResult>> RunAsync(TaskActivityContext context, DeregisterBatch input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var results = new List<ItemResult>(input.Names.Count);
        foreach (var name in input.Names)
        {
            results.Add(await ArrayRegistrar.DeregisterAsync(client, new TileDbUri(input.Namespace, name), input.DryRun, Phase, CancellationToken.None).ConfigureAwait(false));
        }
        return results;
    }
}
