using Microsoft.DurableTask;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Sharing;

namespace TileDbWorkflows.Bench.Naive;

/// <summary>Shares one array with one user (item <c>array|user</c>) with one request.</summary>
[DurableTask(nameof(NaiveShareActivity))]
internal sealed class NaiveShareActivity(ITileDbCloudClient client) : TaskActivity<NaiveItem, ItemResult>
{
    public override async Task<ItemResult> RunAsync(TaskActivityContext context, NaiveItem input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var parts = input.Item.Split('|', 2);
        try
        {
            await client.Arrays.ShareAsync(new TileDbUri(input.Target, parts[0]), parts[1], [ArrayAction.Read]).ConfigureAwait(false);
            return ItemResult.Created(ShareBatchActivity.Phase, input.Item, "shared");
        }
        catch (TileDbCloudException ex)
        {
            return ItemResult.Failed(ShareBatchActivity.Phase, input.Item, ex.Message);
        }
    }
}
