using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Invitations;

/// <summary>
/// Sends one chunk of a bulk invitation in batches of <see cref="WorkflowOptions.InvitationBatchSize"/>, at most
/// <see cref="WorkflowOptions.MaxParallelActivities"/> at once. Its history is bounded by the chunk size, whatever the
/// length of the whole list.
/// </summary>
[DurableTask(nameof(InvitationChunkOrchestrator))]
public sealed class InvitationChunkOrchestrator : TaskOrchestrator<InvitationBatch, IReadOnlyList<ItemResult>>
{
    public override async Task<IReadOnlyList<ItemResult>> RunAsync(TaskOrchestrationContext context, InvitationBatch input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var settings = await Durable.LoadSettingsAsync(context);
        var progress = WorkflowProgress.Start((SendInvitationsActivity.Phase, input.Recipients.Count));
        context.SetCustomStatus(progress);
        var batches = input.Recipients.Chunk(settings.InvitationBatchSize)
            .Select(b => input with { Recipients = b })
            .ToArray();
        var results = await Durable.RunBoundedAsync(batches, settings.MaxParallelActivities,
            (b, _) => Durable.CallAsync<IReadOnlyList<ItemResult>>(context, settings, nameof(SendInvitationsActivity), b, $"inviting to {input.Target}"),
            done => context.SetCustomStatus(progress = progress.Advance(SendInvitationsActivity.Phase, done)));
        return results.SelectMany(r => r).ToArray();
    }
}
