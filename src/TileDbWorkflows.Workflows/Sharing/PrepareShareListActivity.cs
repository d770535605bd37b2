using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Payloads;

namespace TileDbWorkflows.Workflows.Sharing;

/// <summary>Reads a big sharing request from the payload store and stores its (asset, user) pairs for the chunks to read.</summary>
[DurableTask(nameof(PrepareShareListActivity))]
public sealed class PrepareShareListActivity(WorkflowPayloads payloads) : TaskActivity<ListPreparation, ListJob>
{
    public override async Task<ListJob> RunAsync(TaskActivityContext context, ListPreparation input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = await payloads.ReadAsync<SharingRequest>(input.InputBlob).ConfigureAwait(false);
        return await ListPreparer.StoreAsync(payloads, ShareList.Feature, input, new ShareHeader(request.Namespace, request.Revoke), SharingOrchestrator.Flatten(request), request.DryRun)
            .ConfigureAwait(false);
    }
}
