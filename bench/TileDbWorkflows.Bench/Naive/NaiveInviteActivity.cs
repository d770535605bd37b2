using Microsoft.DurableTask;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Bench.Naive;

/// <summary>Invites one recipient to one array with one request: the per-item activity of the naive fan-out.</summary>
[DurableTask(nameof(NaiveInviteActivity))]
internal sealed class NaiveInviteActivity(ITileDbCloudClient client) : TaskActivity<NaiveItem, ItemResult>
{
    public override async Task<ItemResult> RunAsync(TaskActivityContext context, NaiveItem input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            var answer = await client.Invitations.InviteToArrayAsync(TileDbUri.Parse(input.Target), [input.Item], [ArrayAction.Read]).ConfigureAwait(false);
            return answer.AllSucceeded
                ? ItemResult.Created(SendInvitationsActivity.Phase, input.Item, "invited")
                : ItemResult.Failed(SendInvitationsActivity.Phase, input.Item, "refused");
        }
        catch (TileDbCloudException ex)
        {
            // The textbook version reports the item as failed rather than retrying it.
            return ItemResult.Failed(SendInvitationsActivity.Phase, input.Item, ex.Message);
        }
    }
}
