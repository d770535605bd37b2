using System.Text.Json;
using TileDbWorkflows.Workflows.Payloads;
using TileDbWorkflows.Workflows.Serialization;

namespace TileDbWorkflows.Workflows.Lists;

/// <summary>What every feature's preparation activity does once it has its normalised items: store them, describe the job.</summary>
public static class ListPreparer
{
    public static async Task<ListJob> StoreAsync<TItem>(
        WorkflowPayloads payloads, ListFeature feature, ListPreparation input, object header, IReadOnlyList<TItem> items, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(payloads);
        ArgumentNullException.ThrowIfNull(feature);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(items);
        var headerElement = JsonSerializer.SerializeToElement(header, WorkflowJson.Options);
        var elements = items.Select(i => JsonSerializer.SerializeToElement(i, WorkflowJson.Options)).ToArray();
        if (elements.Length <= input.ChunkSize)
        {
            return new ListJob(feature.Name, headerElement, dryRun, elements.Length, input.ChunkSize, input.BatchSize, elements, null, input.Owner);
        }
        var blob = WorkflowPayloads.ItemsName(input.Owner, feature.Phase);
        await payloads.WriteAsync(blob, elements).ConfigureAwait(false);
        return new ListJob(feature.Name, headerElement, dryRun, elements.Length, input.ChunkSize, input.BatchSize, null, blob, input.Owner);
    }
}
