using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Storage;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>Names the manifests to sweep: the one requested, or every <c>*.json</c> blob of the manifest container.</summary>
[DurableTask(nameof(ListManifestsActivity))]
public sealed class ListManifestsActivity(IBlobDocumentStore store, IOptions<SweepOptions> options) : TaskActivity<string?, IReadOnlyList<string>>
{
    public override async Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, string? input)
    {
        if (input is not null)
        {
            return [input];
        }
        var names = new List<string>();
        try
        {
            await foreach (var name in store.ListNamesAsync(options.Value.ManifestContainer).ConfigureAwait(false))
            {
                if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    names.Add(name);
                }
            }
        }
        catch (BlobContainerNotFoundException)
        {
            throw new WorkflowFailedException($"The manifest container '{options.Value.ManifestContainer}' does not exist.");
        }
        names.Sort(StringComparer.Ordinal);
        return names;
    }
}
