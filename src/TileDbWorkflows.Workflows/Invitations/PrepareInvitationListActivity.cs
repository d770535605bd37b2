using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Payloads;

namespace TileDbWorkflows.Workflows.Invitations;

/// <summary>Reads a big request from the payload store and stores its normalised recipients for the chunks to read.</summary>
[DurableTask(nameof(PrepareInvitationListActivity))]
public sealed class PrepareInvitationListActivity(WorkflowPayloads payloads) : TaskActivity<ListPreparation, ListJob>
{
    public override async Task<ListJob> RunAsync(TaskActivityContext context, ListPreparation input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = await payloads.ReadAsync<BulkInvitationRequest>(input.InputBlob).ConfigureAwait(false);
        return await ListPreparer.StoreAsync(payloads, InvitationList.Feature, input, InvitationList.Header(request), Recipients.Normalize(request.Recipients), request.DryRun)
            .ConfigureAwait(false);
    }
}
