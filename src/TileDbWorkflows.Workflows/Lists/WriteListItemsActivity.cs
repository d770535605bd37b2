using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Payloads;

namespace TileDbWorkflows.Workflows.Lists;

/// <summary>Writes a list the parent received inline to the payload store, once, so no later generation carries it.</summary>
[DurableTask(nameof(WriteListItemsActivity))]
public sealed class WriteListItemsActivity(WorkflowPayloads payloads) : TaskActivity<ItemsToStore, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, ItemsToStore input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await payloads.WriteAsync(input.Blob, input.Items).ConfigureAwait(false);
        return input.Blob;
    }
}
