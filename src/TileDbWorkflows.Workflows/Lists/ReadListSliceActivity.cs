using System.Text.Json;
using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Payloads;

namespace TileDbWorkflows.Workflows.Lists;

/// <summary>One chunk's items from the payload store: bounded by the chunk size, so the chunk's history is too.</summary>
[DurableTask(nameof(ReadListSliceActivity))]
public sealed class ReadListSliceActivity(WorkflowPayloads payloads) : TaskActivity<ListSlice, IReadOnlyList<JsonElement>>
{
    public override async Task<IReadOnlyList<JsonElement>> RunAsync(TaskActivityContext context, ListSlice input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var all = await payloads.ReadAsync<JsonElement[]>(input.Blob).ConfigureAwait(false);
        return all.Skip(input.Offset).Take(input.Count).ToArray();
    }
}
