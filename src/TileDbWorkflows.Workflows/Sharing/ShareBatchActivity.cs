using Microsoft.DurableTask;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Cloud.Json;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Sharing;

/// <summary>
/// Shares (or revokes) arrays and groups with users. It reads who the asset is shared with first: a user who already
/// holds every requested action is skipped, one who holds fewer is updated, a revoke of someone without access is skipped.
/// A transient failure marks only its pair for retry (<see cref="ItemGuard.RunIsolatedAsync"/>); the list engine runs
/// it in dry-run mode first as the batch's observation.
/// </summary>
[DurableTask(nameof(ShareBatchActivity))]
public sealed class ShareBatchActivity(ITileDbCloudClient client) : TaskActivity<ShareBatch, IReadOnlyList<ItemResult>>
{
    public const string Phase = "shares";

    public override async Task<IReadOnlyList<ItemResult>> RunAsync(TaskActivityContext context, ShareBatch input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var results = new List<ItemResult>(input.Items.Count);
        // One "shared with" read per asset and batch, not per user.
        var current = new Dictionary<string, (bool IsGroup, Dictionary<string, HashSet<string>> Shares)?>(StringComparer.OrdinalIgnoreCase);
        foreach (var share in input.Items)
        {
            var item = $"{share.Asset} -> {share.User}";
            results.Add(await ItemGuard.RunIsolatedAsync(Phase, item, async () =>
            {
                var uri = AssetUris.Resolve(input.Namespace, share.Asset);
                item = $"{uri} -> {share.User}";
                var key = uri.ToString();
                if (!current.TryGetValue(key, out var asset))
                {
                    asset = await ReadSharesAsync(uri).ConfigureAwait(false);
                    current[key] = asset;
                }
                if (asset is null)
                {
                    return ItemResult.Failed(Phase, item, $"{uri} is neither an array nor a group visible to this account");
                }
                var (isGroup, shares) = asset.Value;
                var held = shares.GetValueOrDefault(share.User) ?? [];
                if (input.Revoke)
                {
                    if (held.Count == 0)
                    {
                        return ItemResult.Skipped(Phase, item, "not shared");
                    }
                    if (!input.DryRun)
                    {
                        await (isGroup ? client.Groups.UnshareAsync(uri, share.User) : client.Arrays.UnshareAsync(uri, share.User)).ConfigureAwait(false);
                        shares.Remove(share.User);
                    }
                    return ItemResult.Deleted(Phase, item, input.DryRun ? "would revoke" : "revoked");
                }
                var wanted = share.Actions.Select(a => a.ToLowerInvariant()).ToHashSet();
                if (wanted.IsSubsetOf(held))
                {
                    return ItemResult.Skipped(Phase, item, "already shared");
                }
                var union = held.Union(wanted).Order(StringComparer.Ordinal).ToArray();
                if (!input.DryRun)
                {
                    var arrayActions = union.Select(WireNames.Parse<ArrayAction>).Where(a => a != ArrayAction.Unknown).ToArray();
                    if (isGroup)
                    {
                        var groupActions = union.Select(WireNames.Parse<GroupAction>).Where(a => a != GroupAction.Unknown).ToArray();
                        await client.Groups.ShareAsync(uri, share.User, groupActions, arrayActions).ConfigureAwait(false);
                    }
                    else
                    {
                        await client.Arrays.ShareAsync(uri, share.User, arrayActions).ConfigureAwait(false);
                    }
                    shares[share.User] = union.ToHashSet();
                }
                var verb = held.Count == 0 ? "shared" : "extended";
                var reason = (input.DryRun ? "would be " : string.Empty) + verb + ": " + string.Join(",", union);
                return held.Count == 0 ? ItemResult.Created(Phase, item, reason) : ItemResult.Updated(Phase, item, reason);
            }).ConfigureAwait(false));
        }
        return results;
    }

    private async Task<(bool IsGroup, Dictionary<string, HashSet<string>> Shares)?> ReadSharesAsync(TileDbUri uri)
    {
        var shares = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        if (await ItemGuard.FindAsync(() => client.Arrays.GetInfoAsync(uri)).ConfigureAwait(false) is not null)
        {
            foreach (var s in await client.Arrays.ListSharedWithAsync(uri).ConfigureAwait(false))
            {
                if (s.Namespace is not null)
                {
                    shares[s.Namespace] = s.Actions.Select(WireNames.ToWire).ToHashSet();
                }
            }
            return (false, shares);
        }
        if (await ItemGuard.FindAsync(() => client.Groups.GetInfoAsync(uri)).ConfigureAwait(false) is not null)
        {
            foreach (var s in await client.Groups.ListSharedWithAsync(uri).ConfigureAwait(false))
            {
                if (s.Namespace is not null)
                {
                    // A group share is judged by its array actions (what the plan's actions mean) plus its group actions.
                    shares[s.Namespace] = s.ArrayActions.Select(WireNames.ToWire).Concat(s.GroupActions.Select(WireNames.ToWire)).ToHashSet();
                }
            }
            return (true, shares);
        }
        return null;
    }
}
