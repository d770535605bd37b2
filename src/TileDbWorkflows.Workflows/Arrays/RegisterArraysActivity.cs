using Microsoft.DurableTask;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Arrays;

/// <summary>
/// Registers (or updates drifted) arrays of one batch; idempotent through <see cref="ArrayRegistrar"/>. The list engine
/// runs it in dry-run mode first as the observation (<see cref="ArrayList"/>); a transient error marks only its array.
/// </summary>
[DurableTask(nameof(RegisterArraysActivity))]
public sealed class RegisterArraysActivity(ITileDbCloudClient client) : TaskActivity<ArrayBatch, IReadOnlyList<ItemResult>>
{
    public override async Task<IReadOnlyList<ItemResult>> RunAsync(TaskActivityContext context, ArrayBatch input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var results = new List<ItemResult>(input.Arrays.Count);
        foreach (var spec in input.Arrays)
        {
            results.Add(await ArrayRegistrar.EnsureAsync(client, input.Namespace, spec, input.DryRun, input.Phase, input.KnownMissing, CancellationToken.None).ConfigureAwait(false));
        }
        return results;
    }
}
