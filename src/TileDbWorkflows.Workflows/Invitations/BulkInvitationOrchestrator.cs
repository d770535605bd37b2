using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Invitations;

/// <summary>
/// Invites a list of recipients (thousands allowed) to an array, a group or an organization. The normalised,
/// de-duplicated list is cut into chunks of <see cref="WorkflowOptions.InvitationChunkSize"/>, each sent by an
/// <see cref="InvitationChunkOrchestrator"/> (at most <see cref="WorkflowOptions.MaxParallelSubOrchestrations"/> at once),
/// so this history grows with the number of chunks only. Chunk instance ids derive from this one, so a replay or a
/// redelivered request finds the chunks it already started.
/// </summary>
[DurableTask(nameof(BulkInvitationOrchestrator))]
public sealed class BulkInvitationOrchestrator : TaskOrchestrator<BulkInvitationRequest, WorkflowReport>
{
    public override async Task<WorkflowReport> RunAsync(TaskOrchestrationContext context, BulkInvitationRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var settings = await Durable.LoadSettingsAsync(context);
        var recipients = Recipients.Normalize(input.Recipients);
        var progress = WorkflowProgress.Start((SendInvitationsActivity.Phase, recipients.Count));
        context.SetCustomStatus(progress);

        var chunks = recipients.Chunk(settings.InvitationChunkSize)
            .Select(c => new InvitationBatch(input.Kind, input.Target, input.Actions, input.GroupActions, input.Role, c, input.DryRun))
            .ToArray();
        var results = await Durable.RunBoundedAsync(chunks, settings.MaxParallelSubOrchestrations,
            (c, i) => Durable.CallSubAsync<IReadOnlyList<ItemResult>>(
                context, nameof(InvitationChunkOrchestrator), c, $"{context.InstanceId}:chunk-{i:D4}", $"inviting to {input.Target}"),
            done => context.SetCustomStatus(progress = progress.Advance(SendInvitationsActivity.Phase, done)));
        return new WorkflowReport(nameof(BulkInvitationOrchestrator), input.DryRun, results.SelectMany(r => r).ToArray());
    }
}
