using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Workflows.Storage;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>
/// Reads and checks one manifest (<see cref="ManifestReader"/>) and answers what the sweep's manifests phase needs:
/// its namespace, prune flag and array count, never its arrays (<see cref="PrepareSweepActivity"/> reads those).
/// </summary>
[DurableTask(nameof(ReadManifestActivity))]
public sealed class ReadManifestActivity(IBlobDocumentStore store, IOptions<SweepOptions> options, ITileDbCloudClient client)
    : TaskActivity<string, ManifestReadResult>
{
    public override async Task<ManifestReadResult> RunAsync(TaskActivityContext context, string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (manifest, error) = await ManifestReader.ReadAsync(store, options.Value, client, input).ConfigureAwait(false);
        return manifest is null
            ? new ManifestReadResult(input, null, error)
            : new ManifestReadResult(input, manifest with { Arrays = [] }, null, manifest.Arrays.Count);
    }
}
