using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Invitations;

/// <summary>
/// Invites a list of recipients (hundreds of thousands allowed) to an array, a group or an organization, on the list
/// engine (Workflows/Lists): chunks of <see cref="WorkflowOptions.InvitationChunkSize"/>, batches of
/// <see cref="WorkflowOptions.InvitationBatchSize"/>, a history bounded whatever the list's length. A request too big
/// to schedule inline arrives as <see cref="BulkInvitationRequest.InputBlob"/> and is prepared by an activity.
/// </summary>
[DurableTask(nameof(BulkInvitationOrchestrator))]
public sealed class BulkInvitationOrchestrator : TaskOrchestrator<BulkInvitationRequest, WorkflowReport>
{
    public override async Task<WorkflowReport> RunAsync(TaskOrchestrationContext context, BulkInvitationRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var settings = await Durable.LoadSettingsAsync(context);
        var cursor = input.Continuation ?? ListCursor.Start(input.InputBlob is { } blob
            ? await Durable.CallAsync<ListJob>(context, settings, nameof(PrepareInvitationListActivity),
                new ListPreparation(blob, context.InstanceId, settings.InvitationChunkSize, settings.InvitationBatchSize), "reading the request")
            : await ListEngine.PrepareAsync(context, settings, InvitationList.Feature, InvitationList.Header(input), Recipients.Normalize(input.Recipients),
                input.DryRun, settings.InvitationChunkSize, settings.InvitationBatchSize));
        var report = await ListEngine.RunAsync(context, settings, nameof(BulkInvitationOrchestrator), cursor,
            next => input with { Recipients = [], InputBlob = null, Continuation = next });
        // Null only after ContinueAsNew, whose output nobody reads.
        return report!;
    }
}
