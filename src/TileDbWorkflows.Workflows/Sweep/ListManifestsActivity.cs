using Azure;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Workflows.Common;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>Names the manifests to sweep: the one requested, or every <c>*.json</c> blob of the manifest container.</summary>
[DurableTask(nameof(ListManifestsActivity))]
public sealed class ListManifestsActivity(SweepBlobServiceClientFactory blobs, IOptions<SweepOptions> options) : TaskActivity<string?, IReadOnlyList<string>>
{
    public override async Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, string? input)
    {
        if (input is not null)
        {
            return [input];
        }
        var container = blobs.GetClient().GetBlobContainerClient(options.Value.ManifestContainer);
        var names = new List<string>();
        try
        {
            await foreach (var blob in container.GetBlobsAsync().ConfigureAwait(false))
            {
                if (blob.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    names.Add(blob.Name);
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw new WorkflowFailedException($"The manifest container '{options.Value.ManifestContainer}' does not exist.");
        }
        names.Sort(StringComparer.Ordinal);
        return names;
    }
}
