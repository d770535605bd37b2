using System.Text.Json;
using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Serialization;

namespace TileDbWorkflows.Workflows.Sharing;

/// <summary>Sharing and revoking on the list engine: items are (asset, user, actions) pairs.</summary>
public static class ShareList
{
    public static ListFeature Feature { get; } = new(
        "shares",
        ShareBatchActivity.Phase,
        nameof(ShareBatchActivity),
        (header, items, dryRun) =>
        {
            var h = header.Deserialize<ShareHeader>(WorkflowJson.Options)!;
            return new ShareBatch(h.Namespace, items.Select(i => i.Deserialize<ShareItem>(WorkflowJson.Options)!).ToArray(), h.Revoke, dryRun);
        },
        header => header.GetProperty("revoke").GetBoolean() ? "revoking shares" : "sharing");
}
